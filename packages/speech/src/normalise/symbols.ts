// Document symbols and other codes with digits, read before any number is turned into words.
//
// One convention for every symbol ("57-NQ/TW", "178/KH-UBND", "13/2023/NĐ-CP", "/KH-UBND"): the
// number, then the codes spelled with Vietnamese letter names, the slashes and dashes not said —
// "năm mươi bảy en quờ tê vê", "một trăm bảy mươi tám ca hát u bê en dê". Announcers read them so;
// "trên" for the slash made a symbol sound like a fraction, and reading the codes as words
// ("nghị quyết Trung ương") would change what the symbol says. A year inside a symbol is preceded by
// "năm" ("mười ba năm hai nghìn không trăm hai mươi ba en đê xê pê"), as announcers say "Nghị định
// số 13 năm 2023": two numbers said back to back would run together.

import {
  ABBREVIATIONS,
  DOCUMENT_KINDS,
  DOCUMENT_SHORT_NAMES,
  LETTER_NAMES,
  ROADS,
  SPELLING_OVERRIDES,
} from './abbreviations.ts';
import { readInteger } from './numbers.ts';
import { alternatives } from './patterns.ts';

// "TW" is "tê vê" alone and inside a longer code ("BCĐTW" → "bê xê đê tê vê").
const OVERRIDDEN = new RegExp(`(${alternatives(Object.keys(SPELLING_OVERRIDES))})|.`, 'gu');
export function spellCode(code: string): string {
  return [...code.matchAll(OVERRIDDEN)]
    .map(([piece, overridden]) => {
      if (overridden) return SPELLING_OVERRIDES[overridden] ?? overridden;
      return piece === '&' ? 'và' : (LETTER_NAMES[piece.toUpperCase()] ?? piece);
    })
    .join(' ');
}

const KIND = `(?:${alternatives(DOCUMENT_KINDS)})`;
const CODE = String.raw`\p{Lu}[\p{L}&]*`;

// "57- NQ/TW", "57 NQ/TW", "57NQ/TW", as plans write them too: the same symbol as "57-NQ/TW".
const LOOSE_SYMBOL = new RegExp(
  String.raw`(?<![\p{L}\d.,/-])(\d+)(?:\s*-\s*|\s+)?(?=${KIND}[-/]\p{Lu})`,
  'gu',
);
const SYMBOL = new RegExp(String.raw`(?<![\p{L}\d.,/-])\d+(?:[-/](?:\d+|${CODE}))+`, 'gu');
// A symbol without its number: "Số: /KH-UBND", "NQ/TW", "NĐ-CP".
const CODE_SYMBOL = new RegExp(String.raw`(?<![\p{L}\d/-])\/?${KIND}(?:[-/]${CODE})+(?![\p{L}\d])`, 'gu');

const isYear = (part: string): boolean =>
  /^\d{4}$/.test(part) && Number(part) >= 1945 && Number(part) <= 2100;

function readSymbol(symbol: string): string {
  return symbol
    .split(/[-/]/)
    .filter(Boolean)
    .map((part, index) => {
      if (!/^\d+$/.test(part)) return spellCode(part);
      return index > 0 && isYear(part) ? `năm ${readInteger(part)}` : readInteger(part);
    })
    .join(' ');
}

export function documentSymbols(text: string): string {
  return text
    .replace(LOOSE_SYMBOL, '$1-')
    .replace(SYMBOL, (symbol) => (/\p{L}/u.test(symbol) ? readSymbol(symbol) : symbol))
    .replace(CODE_SYMBOL, (code) => (ABBREVIATIONS[code] ? code : readSymbol(code)));
}

const SHORT_NAME = new RegExp(
  String.raw`(?<![\p{L}\d])(${alternatives(Object.keys(DOCUMENT_SHORT_NAMES))})\s?(\d+)(?![\p{L}\d/-])`,
  'gu',
);
const ROAD = new RegExp(
  String.raw`(?<![\p{L}\d])(${alternatives(Object.keys(ROADS))})[.\s]?(\d{1,3})(?![\p{L}\d])`,
  'gu',
);

/** "NQ57" → "nghị quyết 57", "QL.2" → "quốc lộ 2", "5G" → "năm giê" (the numbers are read later). */
export function codesWithNumbers(text: string): string {
  return text
    .replace(SHORT_NAME, (_, kind: string, n: string) => `${DOCUMENT_SHORT_NAMES[kind] ?? kind} ${n}`)
    .replace(ROAD, (_, kind: string, n: string) => `${ROADS[kind] ?? kind} ${n}`)
    .replace(
      /(?<![\p{L}\d.,])([2-6])G(?![\p{L}\d])/gu,
      (_, n: string) => `${readInteger(n)} ${LETTER_NAMES.G}`,
    );
}

// "57 NQ/TW", "57- NQ/TW": a loose symbol whole, for codeSpans.
const LOOSE_WHOLE = new RegExp(
  String.raw`(?<![\p{L}\d.,/-])\d+(?:\s*-\s*|\s+)?${KIND}(?:[-/](?:\d+|${CODE}))+`,
  'gu',
);
const CODE_WITH_NUMBER = /(?<![\p{L}\d.,])[2-6]G(?![\p{L}\d])/gu;

/**
 * Where documentSymbols and codesWithNumbers read a code: "57-NQ/TW", "/KH-UBND", "NQ57", "QL.2",
 * "5G". Their letters are spelled on purpose; speechReadiness (readiness.ts) does not report them.
 */
export function codeSpans(text: string): { start: number; end: number }[] {
  const symbolic = (found: string) => /\p{L}/u.test(found);
  return [LOOSE_WHOLE, SYMBOL, CODE_SYMBOL, SHORT_NAME, ROAD, CODE_WITH_NUMBER].flatMap((pattern) =>
    [...text.matchAll(pattern)]
      .filter((found) => symbolic(found[0]))
      .map((found) => ({ start: found.index, end: found.index + found[0].length })),
  );
}
