// Vietnamese text → what a speech engine should say: numbers, dates, times, percentages, units,
// document symbols, addresses and abbreviations become words. Pure. The word lists are data
// (abbreviations.ts, units.ts, slash-words.ts, loanwords.ts, web-words.ts); the rules are here and in
// dates.ts, slashes.ts, symbols.ts and web-addresses.ts. The passes run in an order where each one
// sees digits the earlier ones left alone (addresses and symbols before dates, dates before ranges
// before plain numbers, abbreviations last).

import { ABBREVIATIONS, LETTER_NAMES, SPOKEN_CODES } from './abbreviations.ts';
import { dashedDates, daySpans, times, validMonth, writtenDates } from './dates.ts';
import { LOANWORDS } from './loanwords.ts';
import { parseRoman, readDigits, readInteger, readMonth, readNumber, readOrdinal } from './numbers.ts';
import { alternatives } from './patterns.ts';
import { applyPronunciations, type Lexicon } from './pronunciations.ts';
import { numberSlashes, perSlashes } from './slashes.ts';
import { isPlainSyllable } from './syllables.ts';
import { codesWithNumbers, documentSymbols } from './symbols.ts';
import { COMPARED_UNITS, MEASURES, PER_UNITS, UNITS } from './units.ts';
import { webAddresses } from './web-addresses.ts';

// A number as written in Vietnamese: "1.250.000", "2,5", "1.250,75", "4.0" (a version: "chấm").
const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?!\d|\.\d)(?:,\d+)?|\d+(?:\.\d+)+|\d+(?:,\d+)?`;
const NUMBER_START = String.raw`(?<![\d.,])`;

/** "4.0" → "bốn chấm không"; otherwise the Vietnamese reading of a written number. */
function sayNumber(written: string): string {
  if (/^\d+(?:\.\d+)+$/.test(written) && !/^\d{1,3}(?:\.\d{3})+$/.test(written)) {
    return written
      .split('.')
      .map((part) => readInteger(part))
      .join(' chấm ');
  }
  return readNumber(written);
}

// Phone numbers, digit by digit: "0912 345 678", "0912-345-678", "+84 912 345 678".
function phones(text: string): string {
  return text.replace(
    /(?<![\d.,])(\+84|0)(\d{2,4}(?:[ .-]?\d{3,4}){1,3})(?![\d]|[.,]\d)/g,
    (whole, prefix: string, rest: string) => {
      const digits = rest.replace(/\D/g, '');
      if (digits.length < 8 || digits.length > 10) return whole;
      return `${prefix === '0' ? 'không' : 'cộng tám tư'} ${readDigits(digits)}`;
    },
  );
}

// "≥80%" → "từ 80% trở lên", "> 500 hộ" → "trên 500 hộ", "~30%" → "khoảng 30%": the sign is
// said, the number is read later. Only before a number, so an arrow ("->") is left alone.
// The unit goes with the number, and a "per" already read out with it: "≥ 55 tạ/ha" → "từ 55 tạ một
// héc ta trở lên".
const PER_SPOKEN = String.raw`(?:\s+một\s+(?:${alternatives(Object.values(PER_UNITS))})(?![\p{L}\d]))*`;
const COMPARED = String.raw`\s*(${NUMBER})(\s?(?:${alternatives(COMPARED_UNITS)})(?![\p{L}\d])${PER_SPOKEN})?`;
const AT_LEAST = new RegExp(`(?:≥|>=|=>)${COMPARED}`, 'gu');
const AT_MOST = new RegExp(`(?:≤|<=|=<)${COMPARED}`, 'gu');
function comparisons(text: string): string {
  return text
    .replace(AT_LEAST, (_, n: string, unit = '') => `từ ${n}${unit} trở lên`)
    .replace(AT_MOST, (_, n: string, unit = '') => `từ ${n}${unit} trở xuống`)
    .replace(/(?<![-=<>])>\s*(?=\d)/g, 'trên ')
    .replace(/<(?![-=])\s*(?=\d)/g, 'dưới ')
    .replace(/[~≈]\s*(?=\d)/g, 'khoảng ');
}

// "2025 - 2030", "10-15%": "đến". Chains ("0912-345-678") are not ranges.
const RANGE = new RegExp(
  String.raw`(?<![\d.,]|\d[-–])(${NUMBER})\s*[-–]\s*(${NUMBER})(?!\d|\s*[-–]\s*\d)`,
  'g',
);
const ranges = (text: string): string => text.replace(RANGE, '$1 đến $2');

const PERCENT = new RegExp(String.raw`${NUMBER_START}(${NUMBER})\s?%`, 'g');
const UNIT = new RegExp(
  String.raw`${NUMBER_START}(${NUMBER})\s?(${alternatives(Object.keys(UNITS))})(?![\p{L}\d])`,
  'gu',
);

function quantities(text: string): string {
  return text
    .replace(PERCENT, (_, n: string) => `${sayNumber(n)} phần trăm`)
    .replace(UNIT, (_, n: string, unit: string) => `${sayNumber(n)} ${UNITS[unit] ?? unit}`);
}

function ordinals(text: string): string {
  return text
    .replace(/(?<!\p{L})(thứ)\s+(\d{1,3})(?![\d.,]\d|\p{L})/giu, (_, word: string, n: string) => {
      return `${word} ${readOrdinal(Number(n))}`;
    })
    .replace(/(?<!\p{L})(tháng)\s+(\d{1,2})(?![\d.,/]\d|\p{L})/giu, (whole, word: string, n: string) =>
      validMonth(n) ? `${word} ${readMonth(Number(n))}` : whole,
    );
}

// Roman numerals only where headings and titles use them, so a stray "I" or "CD" stays a word.
const ROMAN_AFTER =
  /(?<!\p{L})(phần|chương|mục|quý|khóa|khoá|đại hội|hội nghị|thế kỷ|giai đoạn|thứ)\s+([IVXLCDM]+)(?!\p{L})/giu;
function romans(text: string): string {
  return text
    .replace(ROMAN_AFTER, (whole, word: string, roman: string) => {
      const n = parseRoman(roman);
      if (n === null) return whole;
      return `${word} ${word.toLowerCase() === 'thứ' ? readOrdinal(n) : readInteger(String(n))}`;
    })
    .replace(
      /^([ \t]*)([IVXLC]+)([.)])(?=[ \t])/gmu,
      (whole, indent: string, roman: string, mark: string) => {
        const n = parseRoman(roman);
        if (n === null) return whole;
        const words = readInteger(String(n));
        return `${indent}${words.charAt(0).toUpperCase()}${words.slice(1)}${mark}`;
      },
    );
}

const NUMBER_ANYWHERE = new RegExp(`${NUMBER_START}(${NUMBER})`, 'g');
const numbers = (text: string): string => text.replace(NUMBER_ANYWHERE, (_, n: string) => sayNumber(n));

const wholeWords = (keys: readonly string[], flags: string): RegExp =>
  new RegExp(String.raw`(?<![\p{L}\p{N}&])(?:${alternatives(keys)})(?![\p{L}\p{N}&])`, flags);

const ABBREVIATION = wholeWords(Object.keys(ABBREVIATIONS), 'gu');
// "HĐND&UBND": two abbreviations joined by "&" that are not one ("KH&CN" is one).
const JOINED = /(?<![\p{L}\p{N}&,])\p{Lu}[\p{L}]*(?:&\p{Lu}[\p{L}]*)+(?![\p{L}\p{N}&])/gu;
function abbreviations(text: string): string {
  return text
    .replace(JOINED, (joined) => {
      const parts = joined.split('&');
      return ABBREVIATIONS[joined] || !parts.every((part) => ABBREVIATIONS[part])
        ? joined
        : parts.join(' và ');
    })
    .replace(ABBREVIATION, (abbreviation) => ABBREVIATIONS[abbreviation] ?? abbreviation);
}

// Before any number is read: "COVID-19" is one name.
const SPOKEN_CODE = wholeWords(Object.keys(SPOKEN_CODES), 'gu');
const spokenCodes = (text: string): string => text.replace(SPOKEN_CODE, (code) => SPOKEN_CODES[code] ?? code);

const LOANWORD = wholeWords(Object.keys(LOANWORDS), 'giu');
const loanwords = (text: string): string =>
  text.replace(LOANWORD, (word) => LOANWORDS[word.toLowerCase()] ?? word);

// Capitals left over that are not a Vietnamese word ("NAM", "KHOA" are; "ATM", "GDP" are not) are
// spelled with Vietnamese letter names: espeak-ng would read some as English words. Roman numerals
// ("giai đoạn II" was read above; a lone "II") are left to the engine.
function acronyms(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])[A-ZĐ]{2,6}(?![\p{L}\p{N}])/gu, (word) => {
    if (/^[IVX]+$/.test(word) || isPlainSyllable(word.toLowerCase())) return word;
    return [...word].map((letter) => LETTER_NAMES[letter] ?? letter).join(' ');
  });
}

function symbolsAndSpacing(text: string): string {
  return text
    .replace(/\.\/\./g, '.')
    .replace(/(?<=\p{L})\s*\/\s*(?=\p{L})/gu, ' hoặc ')
    .replace(/\s*&\s*/g, ' và ')
    .replace(/%/g, ' phần trăm')
    .replace(/…/g, '...')
    .replace(/\*+/g, '')
    .replace(/^[ \t]*[-–—•+*][ \t]+/gm, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Rewrites Vietnamese text so that a speech engine reads it as an announcer would:
 * "ngày 1/6/2026" → "ngày mồng một tháng sáu năm hai nghìn không trăm hai mươi sáu",
 * "7h30-11h00" → "bảy giờ ba mươi phút đến mười một giờ", "≥80%" → "từ tám mươi phần trăm trở lên",
 * "500.000đ/hộ" → "năm trăm nghìn đồng một hộ", "12/12 thôn" → "mười hai trên mười hai thôn",
 * "UBND" → "Ủy ban nhân dân", "57-NQ/TW" → "năm mươi bảy en quờ tê vê". Line breaks are kept (they
 * mark pauses). A body's pronunciation list (`lexicon`, pronunciations.ts) is applied first, so its
 * entries override every rule.
 */
export function normaliseForSpeech(text: string, lexicon: Lexicon = []): string {
  const passes = [
    webAddresses,
    phones,
    documentSymbols,
    codesWithNumbers,
    spokenCodes,
    perSlashes,
    comparisons,
    times,
    dashedDates,
    daySpans,
    ranges,
    numberSlashes,
    writtenDates,
    quantities,
    romans,
    ordinals,
    numbers,
    abbreviations,
    loanwords,
    acronyms,
    symbolsAndSpacing,
  ];
  const prepared = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ');
  return passes.reduce((current, pass) => pass(current), applyPronunciations(prepared, lexicon));
}

/** [start, end) of a piece of text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const spansOf = (text: string, pattern: RegExp, keep: (found: string) => boolean = () => true): Span[] =>
  [...text.matchAll(pattern)]
    .filter((found) => keep(found[0]))
    .map((found) => ({ start: found.index, end: found.index + found[0].length }));

// "đồng/kg", "kg/ha": a unit on either side of a "per" slash (slashes.ts reads them).
const PER_SLASH_UNIT = new RegExp(
  String.raw`(?<=\/\s*)(?:${alternatives(Object.keys(PER_UNITS))})(?![\p{L}\d])|(?<![\p{L}\d])(?:${alternatives(MEASURES)})(?=\s*\/)`,
  'gu',
);

/**
 * Where the rules above read a word they know: an abbreviation, a pair of them joined by "&", a
 * code said its own way, a loanword, a unit after a number or around a "per" slash. speechReadiness (readiness.ts) does not
 * report these.
 */
export function knownWordSpans(text: string): Span[] {
  return [
    ...spansOf(text, JOINED, (joined) => joined.split('&').every((part) => ABBREVIATIONS[part])),
    ...spansOf(text, ABBREVIATION),
    ...spansOf(text, SPOKEN_CODE),
    ...spansOf(text, LOANWORD),
    ...spansOf(text, UNIT),
    ...spansOf(text, PER_SLASH_UNIT),
  ];
}
