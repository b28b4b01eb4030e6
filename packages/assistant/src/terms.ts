// The search terms of a passage or a question: folded syllables, their adjacent pairs, the
// abbreviations the speech normaliser knows (as themselves and as their expansion), and document
// symbols kept whole. The same function reads both sides, so a question finds a passage whatever
// diacritics, tone placement or abbreviation either was written with.
import { foldVietnamese, normalizeTonePlacement } from '@lantoa/domain';
import { ABBREVIATIONS } from '@lantoa/speech';

/**
 * Words that carry no subject in a question ("là bao nhiêu", "như thế nào", "của", "về"): dropped
 * from questions, and from passages too so both sides stay the same function of the text and a
 * passage's length counts only what can match. Folded, one syllable each.
 */
const FUNCTION_WORDS = new Set(
  [
    'là',
    'bao',
    'nhiêu',
    'gì',
    'nào',
    'như',
    'thế',
    'của',
    'về',
    'và',
    'các',
    'những',
    'được',
    'có',
    'cho',
    'với',
    'theo',
    'trong',
    'đã',
    'sẽ',
    'đang',
    'thì',
    'mà',
    'này',
    'đó',
    'ấy',
    'hay',
    'hoặc',
    'ai',
    'đâu',
    'sao',
    'không',
    'chưa',
    'hãy',
    'cần',
    'phải',
    'ra',
    'vào',
    'lên',
    'tại',
    'ở',
    'một',
    'mỗi',
    'từ',
    'để',
    'do',
    'bởi',
    'nói',
    'gồm',
    'cái',
    'việc',
    'vậy',
    'nhé',
    'ạ',
    'mấy',
    'giờ',
    'khi',
  ].map((word) => normalizeTonePlacement(word)),
);

/**
 * The same words typed without diacritics ("la bao nhieu"): only those whose bare form is not also a
 * common content word ("co" is "cơ" of "cơ sở", "the" is "thể", "bao" is "bảo"), which stay.
 */
const BARE_FUNCTION_WORDS = new Set([
  'la',
  'gi',
  'nao',
  'nhieu',
  'cua',
  'cac',
  'nhung',
  'duoc',
  'va',
  've',
  'voi',
  'hoac',
  'ai',
  'khong',
  'chua',
  'theo',
  'vao',
  'len',
  'ra',
  'gom',
  'vay',
  'nhe',
  'phai',
  'hay',
  'khi',
  'sao',
]);
/** Bare phrases whose first syllables are function words only before the last ("bao nhieu", "nhu the nao"). */
const BARE_FUNCTION_PHRASES = [
  ['bao', 'nhieu'],
  ['nhu', 'the', 'nao'],
  ['the', 'nao'],
];

/** A text's terms in order, with repeats (their counts are the text's term frequencies). */
export type Terms = string[];

// A document symbol: a number, then kinds joined by "/" or "-" ("57-NQ/TW", "178/KH-UBND",
// "1169/QĐ-TTg", "01- KH/BCĐTW": converters leave spaces after the hyphen).
// Any case, so that a question typed "57-nq/tw" finds it.
const SYMBOL = /(?<![\p{L}\p{N}])\d+\s*[-/]\s*\p{L}+(?:\s*[-/]\s*\p{L}+)*(?![\p{L}\p{N}])/gu;

// A syllable: letters, digits (years, percentages) or both ("4.0" reads as 4 and 0).
const WORD = /[\p{L}\p{N}]+/gu;

/** A folded form that Vietnamese spells as a syllable ("tư", "ba"): an abbreviation matched only in its case. */
const looksLikeSyllable = (folded: string) => /^[bcdghklmnpqrstvx]*[aeiouy]+[cghmnpt]*$/.test(folded);

interface Abbreviation {
  key: string;
  term: string;
  /** As the normaliser says it ("khoa học và công nghệ"). */
  written: string;
  /** Its folded syllables. */
  expansion: string[];
}

/** The normaliser's abbreviations usable as search terms (not "TP.", "Đ/c", "v.v."). */
const ABBREVIATION_LIST: Abbreviation[] = Object.entries(ABBREVIATIONS)
  .filter(([key]) => /^[\p{L}&,-]+$/u.test(key) && /\p{Lu}.*\p{Lu}/u.test(key))
  .map(([key, expansion]) => ({
    key,
    term: foldVietnamese(key),
    written: expansion,
    expansion: syllablesOf(expansion),
  }));

const BY_KEY = new Map(ABBREVIATION_LIST.map((a) => [a.key, a]));
/** Folded forms matched in any case: long enough and not a Vietnamese syllable ("ubnd", "cds"). */
const BY_FOLDED = new Map(
  ABBREVIATION_LIST.filter((a) => a.term.length >= 3 && !looksLikeSyllable(a.term.replace(/[&,-]/g, ''))).map(
    (a) => [a.term, a],
  ),
);
/** Expansions of two syllables or more, found as phrases in folded text ("chuyen doi so" → "cds"). */
const EXPANSIONS = ABBREVIATION_LIST.filter((a) => a.expansion.length >= 2);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ABBREVIATION_TOKEN = new RegExp(
  `(?<![\\p{L}\\p{N}&])(?:${[...ABBREVIATION_LIST.map((a) => a.key), ...BY_FOLDED.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}&])`,
  'giu',
);

/** Folded syllables of a text, in order (no terms dropped). */
function syllablesOf(text: string): string[] {
  return foldVietnamese(text).match(WORD) ?? [];
}

/**
 * Which syllables of a phrase are function words (`written`: lower case, tones placed); `bare`: the
 * text was typed without diacritics.
 */
function functionWords(written: string[], bare: boolean): boolean[] {
  const dropped = written.map((word) => FUNCTION_WORDS.has(word) || (bare && BARE_FUNCTION_WORDS.has(word)));
  if (!bare) return dropped;
  for (const phrase of BARE_FUNCTION_PHRASES) {
    for (let i = 0; i + phrase.length <= written.length; i++) {
      if (!phrase.every((word, j) => written[i + j] === word)) continue;
      for (let j = 0; j < phrase.length; j++) dropped[i + j] = true;
    }
  }
  return dropped;
}

/** An abbreviation the text's token stands for, or null ("CĐS", "cds"; not "tư" for "TƯ"). */
function abbreviationOf(token: string): Abbreviation | null {
  return BY_KEY.get(token) ?? BY_FOLDED.get(foldVietnamese(token)) ?? null;
}

/** The folded symbol without spaces ("57- NQ/TW" → "57-nq/tw"). */
export function foldSymbol(symbol: string): string {
  return foldVietnamese(symbol).replace(/\s+/g, '');
}

/**
 * Search terms of a text, with repeats (a passage's term frequencies; its length is their number):
 * folded syllables except function words, pairs of adjacent syllables within a phrase ("muc tieu",
 * "nguoi dan"), each abbreviation as itself and its expansion's syllables and pairs, each
 * abbreviation's expansion written out as the abbreviation too, and symbols whole.
 */
export function termsOf(raw: string): Terms {
  // "100%" is said and asked as "phần trăm", as the speech normaliser reads it.
  const text = raw.normalize('NFC').replace(/%/g, ' phần trăm ');
  const terms: string[] = [];
  // Typed without diacritics ("la bao nhieu"): bare function words are dropped too. Only then, or
  // "Sơn La" would lose "La".
  const bare = foldVietnamese(text) === text.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const symbol of text.match(SYMBOL) ?? []) terms.push(foldSymbol(symbol));
  // Phrases: runs between punctuation that ends a phrase; pairs never cross one.
  const withAbbreviations = text.replace(ABBREVIATION_TOKEN, (token) => {
    const found = abbreviationOf(token);
    if (!found) return token;
    // An expansion of two syllables or more adds the abbreviation below, where it is found written out.
    if (found.expansion.length < 2) terms.push(found.term);
    // The expansion stands in the phrase where the abbreviation was, so its pairs join its neighbours.
    return ` ${found.written} `;
  });
  for (const phrase of withAbbreviations.split(/[.,;:!?()"“”'‘’\n\t…]+/u)) {
    const written = normalizeTonePlacement(phrase).toLowerCase().match(WORD) ?? [];
    const syllables = written.map(foldVietnamese);
    const dropped = functionWords(written, bare);
    let previous: string | null = null;
    for (const [i, syllable] of syllables.entries()) {
      if (dropped[i]) {
        previous = null;
        continue;
      }
      terms.push(syllable);
      if (previous) terms.push(`${previous} ${syllable}`);
      previous = syllable;
    }
    const folded = ` ${syllables.join(' ')} `;
    for (const a of EXPANSIONS) {
      let from = folded.indexOf(` ${a.expansion.join(' ')} `);
      while (from >= 0) {
        terms.push(a.term);
        from = folded.indexOf(` ${a.expansion.join(' ')} `, from + 1);
      }
    }
  }
  return terms;
}

/** The distinct terms of a question, in the order they first occur. */
export function questionTerms(question: string): string[] {
  return [...new Set(termsOf(question))];
}

/** A pair of syllables ("muc tieu") rather than one syllable or a symbol. */
export const isPair = (term: string) => term.includes(' ');
