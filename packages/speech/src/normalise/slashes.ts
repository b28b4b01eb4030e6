// What a slash means depends on what stands around it:
// - after an amount, "per": "2.000.000 đồng/tổ/năm" → "… đồng một tổ một năm";
// - between numbers, a date ("ngày 12/12"), a count ("12/12 thôn" → "mười hai trên mười hai thôn"),
//   a fraction ("3/4 số hộ" → "ba phần tư số hộ") or a number with a slash ("lớp 6/1" → "lớp sáu
//   trên một"), told apart by the words before and after (slash-words.ts);
// - between words, alternatives ("ông/bà" → "ông hoặc bà"), in normalise.ts.
// Document symbols ("57-NQ/TW") are read before, in symbols.ts.

import { readDate, validDay, validMonth } from './dates.ts';
import { parseRoman, readInteger, readMonth } from './numbers.ts';
import { alternatives } from './patterns.ts';
import { COUNTED_NOUNS, DATE_CUES, FRACTION_NOUNS, NUMBERING_CUES, SHARE_CUES } from './slash-words.ts';
import { COUNTED_MEASURES, MEASURES, PER_UNITS } from './units.ts';

const PER = String.raw`\s*\/\s*(?:${alternatives(Object.keys(PER_UNITS))})(?![\p{L}\d])`;
// An amount or unit, then one or more "/unit": "đồng/tổ/năm", "%/năm", "tạ/ha".
const PER_AFTER_MEASURE = new RegExp(String.raw`(?<![\p{L}])(${alternatives(MEASURES)})((?:${PER})+)`, 'gu');
// A counted thing right after a number: "35 học sinh/lớp", "3 lượt/tháng".
const PER_AFTER_COUNT = new RegExp(
  String.raw`(\d\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?)(${alternatives(COUNTED_MEASURES)})((?:${PER})+)`,
  'gu',
);

const readPer = (chain: string): string =>
  chain
    .split('/')
    .slice(1)
    .map((unit) => ` một ${PER_UNITS[unit.trim()] ?? unit.trim()}`)
    .join('');

export function perSlashes(text: string): string {
  return text
    .replace(PER_AFTER_MEASURE, (_, measure: string, chain: string) => `${measure}${readPer(chain)}`)
    .replace(
      PER_AFTER_COUNT,
      (_, number: string, counted: string, chain: string) => `${number}${counted}${readPer(chain)}`,
    );
}

const endsWith = (words: readonly string[]): RegExp =>
  new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(words)})\s*$`, 'iu');
const startsWith = (words: readonly string[]): RegExp =>
  new RegExp(String.raw`^\s*(?:${alternatives(words)})(?![\p{L}])`, 'iu');

const AFTER_DATE_CUE = endsWith(DATE_CUES);
const AFTER_NUMBERING_CUE = endsWith(NUMBERING_CUES);
const AFTER_SHARE_CUE = endsWith(SHARE_CUES);
const BEFORE_COUNTED = startsWith(COUNTED_NOUNS);
const BEFORE_FRACTION_NOUN = startsWith(FRACTION_NOUNS);

const share = (a: string, b: string): string => `${readInteger(a)} trên ${readInteger(b)}`;
// "một phần hai", "ba phần tư": a denominator of four is "tư", as in "tháng tư".
const fraction = (a: string, b: string): string => `${readInteger(a)} phần ${readMonth(Number(b))}`;

/** "a/b" with no year: which of a date, a count, a fraction or a numbered thing it is. */
function readPair(a: string, b: string, before: string, after: string): string {
  const isDate = validDay(a) && validMonth(b);
  if (AFTER_DATE_CUE.test(before)) return isDate ? readDate(a, b) : share(a, b);
  if (AFTER_NUMBERING_CUE.test(before)) return share(a, b);
  const partOfWhole = Number(a) <= Number(b);
  if (BEFORE_FRACTION_NOUN.test(after) && Number(a) < Number(b)) return fraction(a, b);
  if ((BEFORE_COUNTED.test(after) || AFTER_SHARE_CUE.test(before)) && partOfWhole) return share(a, b);
  return isDate ? readDate(a, b) : share(a, b);
}

const CONTEXT = 40;

export function numberSlashes(text: string): string {
  return (
    text
      // "quý 4/2026", "Quý II/2026": the quarter of a year, not a month.
      .replace(
        /(?<!\p{L})(quý)\s+(\d|[IV]+)\/(\d{4})(?![\d/])/giu,
        (whole, word: string, q: string, y: string) => {
          const n = /\d/.test(q) ? Number(q) : parseRoman(q);
          return n && n >= 1 && n <= 4 ? `${word} ${readInteger(String(n))} năm ${readInteger(y)}` : whole;
        },
      )
      .replace(
        /(?<![\d/.,])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g,
        (whole, d: string, m: string, y: string) =>
          validDay(d) && validMonth(m) ? readDate(d, m, y) : whole,
      )
      .replace(
        /(?<![\p{L}\d/.,])(?:(tháng)\s+)?(\d{1,2})\/(\d{4})(?![\d/])/giu,
        (whole, word: string | undefined, m: string, y: string) =>
          validMonth(m) ? `${word ?? 'tháng'} ${readMonth(Number(m))} năm ${readInteger(y)}` : whole,
      )
      .replace(
        /(?<![\d/.,])(\d+)\/(\d+)(?![\d/])/g,
        (whole, a: string, b: string, offset: number, all: string) =>
          readPair(
            a,
            b,
            all.slice(Math.max(0, offset - CONTEXT), offset),
            all.slice(offset + whole.length, offset + whole.length + CONTEXT),
          ),
      )
  );
}
