// Vietnamese text → what a speech engine should say: numbers, dates, times, percentages, units,
// document symbols and abbreviations become words. Pure; the passes run in an order where each one
// sees digits the earlier ones left alone (symbols before dates, dates before ranges before plain
// numbers).

import { ABBREVIATIONS, LETTER_NAMES, SPELLING_OVERRIDES, UNITS } from './abbreviations.ts';
import { parseRoman, readDigits, readInteger, readMonth, readNumber, readOrdinal } from './numbers.ts';

// A number as written in Vietnamese: "1.250.000", "2,5", "1.250,75", "4.0" (a version: "chấm").
const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?!\d|\.\d)(?:,\d+)?|\d+(?:\.\d+)+|\d+(?:,\d+)?`;
const NUMBER_START = String.raw`(?<![\d.,])`;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (keys: readonly string[]): string =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

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

function spellCode(code: string): string {
  const override = SPELLING_OVERRIDES[code];
  if (override) return override;
  return [...code].map((ch) => (ch === '&' ? 'và' : (LETTER_NAMES[ch.toUpperCase()] ?? ch))).join(' ');
}

// "57-NQ/TW" → "năm mươi bảy en quờ trên tê vê": the number, the codes spelled as announcers do,
// "/" read as "trên", "-" silent. Reading the codes as words ("nghị quyết Trung ương") would
// change what the symbol says.
const SYMBOL = /(?<![\p{L}\d.,/-])\d+(?:[-/](?:\d+|\p{Lu}[\p{L}&]*))+/gu;
function documentSymbols(text: string): string {
  return text.replace(SYMBOL, (symbol) => {
    if (!/\p{L}/u.test(symbol)) return symbol;
    return symbol
      .split(/([-/])/)
      .map((part) => {
        if (part === '/') return 'trên';
        if (part === '-') return '';
        return /^\d+$/.test(part) ? readInteger(part) : spellCode(part);
      })
      .filter(Boolean)
      .join(' ');
  });
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

function clock(hours: string, minutes = '00', seconds = '00'): string {
  const words = [`${readInteger(hours)} giờ`];
  if (Number(minutes) > 0) words.push(`${readInteger(minutes)} phút`);
  if (Number(seconds) > 0) words.push(`${readInteger(seconds)} giây`);
  return words.join(' ');
}

function times(text: string): string {
  return text
    .replace(
      /(?<![\d:.,])([01]?\d|2[0-4]):([0-5]\d)(?::([0-5]\d))?(?![\d:])/g,
      (_, h: string, m: string, s: string | undefined) => clock(h, m, s),
    )
    .replace(
      /(?<![\p{L}\d.,])([01]?\d|2[0-4])h(?:([0-5]\d)(?:ph|p|')?)?(?![\p{L}\d])/gu,
      (_, h: string, m: string | undefined) => clock(h, m),
    );
}

const validDay = (d: string): boolean => Number(d) >= 1 && Number(d) <= 31;
const validMonth = (m: string): boolean => Number(m) >= 1 && Number(m) <= 12;

function date(day: string, month: string, year?: string): string {
  const words = `${readInteger(day)} tháng ${readMonth(Number(month))}`;
  return year ? `${words} năm ${readInteger(year)}` : words;
}

function dashedDates(text: string): string {
  return text.replace(
    /(?<![\d/.,-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d/-])/g,
    (whole, d: string, m: string, y: string) => (validDay(d) && validMonth(m) ? date(d, m, y) : whole),
  );
}

function slashDates(text: string): string {
  return (
    text
      // "quý 4/2026", "quý IV/2026": the quarter of a year, not a month.
      .replace(
        /(?<!\p{L})(quý)\s+(\d|[IV]+)\/(\d{4})(?![\d/])/giu,
        (whole, word: string, q: string, y: string) => {
          const n = /\d/.test(q) ? Number(q) : parseRoman(q);
          return n && n >= 1 && n <= 4 ? `${word} ${readInteger(String(n))} năm ${readInteger(y)}` : whole;
        },
      )
      .replace(
        /(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/g,
        (whole, d: string, m: string, y: string | undefined) =>
          validDay(d) && validMonth(m) ? date(d, m, y) : whole,
      )
      .replace(
        /(?<![\p{L}\d/.,])(?:(tháng)\s+)?(\d{1,2})\/(\d{4})(?![\d/])/giu,
        (whole, word: string | undefined, m: string, y: string) =>
          validMonth(m) ? `${word ?? 'tháng'} ${readMonth(Number(m))} năm ${readInteger(y)}` : whole,
      )
      // Not a date: a share ("45/60 xã") is read "bốn mươi lăm trên sáu mươi".
      .replace(/(?<![\d/.,])(\d+)\/(\d+)(?![\d/])/g, '$1 trên $2')
  );
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
  /(?<!\p{L})(phần|chương|mục|quý|khóa|khoá|đại hội|hội nghị|thế kỷ|thứ)\s+([IVXLCDM]+)(?!\p{L})/giu;
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

const ABBREVIATION = new RegExp(
  String.raw`(?<![\p{L}\p{N}&])(?:${alternatives(Object.keys(ABBREVIATIONS))})(?![\p{L}\p{N}&])`,
  'gu',
);
const abbreviations = (text: string): string =>
  text.replace(ABBREVIATION, (abbreviation) => ABBREVIATIONS[abbreviation] ?? abbreviation);

function symbolsAndSpacing(text: string): string {
  return text
    .replace(/(?<=\p{L})\s*\/\s*(?=\p{L})/gu, ' hoặc ')
    .replace(/\s*&\s*/g, ' và ')
    .replace(/%/g, ' phần trăm')
    .replace(/…/g, '...')
    .replace(/^[ \t]*[-–—•+*][ \t]+/gm, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Rewrites Vietnamese text so that a speech engine reads it as an announcer would:
 * "ngày 18/5/2026" → "ngày mười tám tháng năm năm hai nghìn không trăm hai mươi sáu",
 * "17h30" → "mười bảy giờ ba mươi phút", "80%" → "tám mươi phần trăm", "UBND" → "Ủy ban nhân dân",
 * "57-NQ/TW" → "năm mươi bảy en quờ trên tê vê". Line breaks are kept (they mark pauses).
 */
export function normaliseForSpeech(text: string): string {
  const passes = [
    phones,
    documentSymbols,
    times,
    dashedDates,
    ranges,
    slashDates,
    quantities,
    romans,
    ordinals,
    numbers,
    abbreviations,
    symbolsAndSpacing,
  ];
  const prepared = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ');
  return passes.reduce((current, pass) => pass(current), prepared);
}
