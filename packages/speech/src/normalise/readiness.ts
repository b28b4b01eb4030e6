// Ready to be spoken: the text exactly as the engine will say it, and the places it may say wrong,
// each with where it is in the text the writer typed and, where one can be made, a spoken form to
// put in the pronunciation list. Pure.
//
// What is reported, and why:
// - an abbreviation the lists do not know ("KH", "BQL"): the rules spell it letter by letter, which
//   is right for "ATM" and wrong for "BQL" (Ban quản lý); only the writer knows;
// - a foreign word ("startup", "Internet"): espeak-ng reads it in its English voice, another
//   speaker cutting in; the loanwords (loanwords.ts) are read in Vietnamese and not reported;
// - a web or e-mail address: read out syllable by syllable, which a listener can rarely type; the
//   reading is the suggestion, to keep or to replace ("cổng dịch vụ công");
// - digits or a symbol the rules left as written ("1,5,7", "#", "+"): the engine says them in its
//   own way, or not at all.
// Codes the rules read on purpose (document symbols "57-NQ/TW", "NQ57", roads "QL.2"), the known
// abbreviations, units after a number, Roman numerals and words in capitals that are Vietnamese
// ("KẾ HOẠCH", "NAM") are not reported.

import { ABBREVIATIONS } from './abbreviations.ts';
import { LOANWORDS } from './loanwords.ts';
import { knownWordSpans, normaliseForSpeech, type Span } from './normalise.ts';
import { readInteger } from './numbers.ts';
import { findPronunciations, type Lexicon } from './pronunciations.ts';
import { isPlainSyllable } from './syllables.ts';
import { codeSpans, spellCode } from './symbols.ts';
import { webAddressSpans } from './web-addresses.ts';

export const SPEECH_FINDING_KINDS = ['abbreviation', 'foreign_word', 'address', 'digits', 'symbol'] as const;
export type SpeechFindingKind = (typeof SPEECH_FINDING_KINDS)[number];

export interface SpeechFinding {
  readonly kind: SpeechFindingKind;
  /** [start, end) in the text as given (after NFC composition), in UTF-16 units as JavaScript counts. */
  readonly start: number;
  readonly end: number;
  readonly written: string;
  /** A spoken form to put in the pronunciation list, or null when none can be guessed. */
  readonly suggestion: string | null;
}

export interface SpeechReadiness {
  /** The text exactly as the engine will be given it: normaliseForSpeech with the same list. */
  readonly spoken: string;
  /** Left to right. */
  readonly findings: SpeechFinding[];
}

// Punctuation the engine takes as a pause or ignores: never reported.
const PAUSES = new Set([...'.,;:!?()[]"\'“”‘’«»-–—…']);

/** What a symbol is called, for the suggestion. */
const SYMBOL_NAMES: Readonly<Record<string, string>> = {
  '+': 'cộng',
  '=': 'bằng',
  '@': 'a còng',
  '#': 'thăng',
  $: 'đô la',
  '€': 'ơ rô',
  '°': 'độ',
  '×': 'nhân',
  '÷': 'chia',
  '§': 'mục',
  '№': 'số',
  '½': 'một phần hai',
  '¼': 'một phần tư',
  '→': 'đến',
  '&': 'và',
  '%': 'phần trăm',
};

// The marks Vietnamese writes (after NFD): grave, acute, tilde, hook, dot below, circumflex, breve,
// horn. A letter with any other mark ("ñ", "ü") or outside a–z and đ is foreign.
const VIETNAMESE_MARKS = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/gu;
const foldMarks = (word: string): string => word.normalize('NFD').replace(VIETNAMESE_MARKS, '').toLowerCase();

/** "NHÂN", "nguoi", "Pò": a Vietnamese syllable, in whatever case, with or without its marks. */
function isVietnameseSyllable(word: string): boolean {
  const folded = foldMarks(word);
  if (!/^[a-zđ]+$/.test(folded)) return false;
  // A word with its marks is Vietnamese to the engine, whatever its spelling.
  return isPlainSyllable(folded) || folded !== word.toLowerCase();
}

const capitals = (word: string): number => (word.match(/\p{Lu}/gu) ?? []).length;

/** A letter run outside what the rules know: a finding, or null when it reads right. */
function wordFinding(word: string, start: number): SpeechFinding | null {
  const end = start + word.length;
  if ([...word].length < 2) return null;
  if (capitals(word) >= 2) {
    // Roman numerals are read by the rules after "phần", "giai đoạn"…; a lone "II" is left to the
    // engine, which reads it right.
    if (/^[IVX]+$/.test(word) || ABBREVIATIONS[word]) return null;
    if (word === word.toUpperCase() && isVietnameseSyllable(word)) return null;
    return { kind: 'abbreviation', start, end, written: word, suggestion: spellCode(word) };
  }
  if (isVietnameseSyllable(word)) return null;
  const lower = word.toLowerCase();
  const loanword = LOANWORDS[lower] ?? LOANWORDS[lower.replace(/s$/, '')] ?? null;
  return { kind: 'foreign_word', start, end, written: word, suggestion: loanword };
}

/** Digits, or a symbol that is not a pause: those the rules may leave as written. */
const LEFTOVER = /[0-9]+|[^\s\p{L}\p{M}0-9]/gu;
const isLeftover = (piece: string): boolean => !PAUSES.has(piece);

function leftoverFinding(piece: string, start: number): SpeechFinding {
  const end = start + piece.length;
  if (/^[0-9]+$/.test(piece)) {
    return { kind: 'digits', start, end, written: piece, suggestion: readInteger(piece) };
  }
  return { kind: 'symbol', start, end, written: piece, suggestion: SYMBOL_NAMES[piece] ?? null };
}

/**
 * The text as the engine will say it with this pronunciation list, and the places it could not read
 * right. Digits and symbols are reported only when they are still there after the rules: the rules
 * read nearly every number, and which ones they leave depends on what stands around them.
 */
export function speechReadiness(text: string, lexicon: Lexicon = []): SpeechReadiness {
  const source = text.normalize('NFC');
  const spoken = normaliseForSpeech(source, lexicon);
  const listed: Span[] = findPronunciations(source, lexicon);
  const addresses = webAddressSpans(source).filter((address) => !overlapsAny(address, listed));
  const read: Span[] = [...listed, ...addresses, ...codeSpans(source), ...knownWordSpans(source)];
  const findings: SpeechFinding[] = addresses.map(({ start, end, reading }) => ({
    kind: 'address',
    start,
    end,
    written: source.slice(start, end),
    suggestion: reading,
  }));

  for (const found of source.matchAll(/[\p{L}\p{M}]+/gu)) {
    if (within(found.index, read)) continue;
    const finding = wordFinding(found[0], found.index);
    if (finding) findings.push(finding);
  }

  // The rules write words, never digits or symbols, so what is left in the spoken text is the
  // writer's, in the same order: each leftover is matched to the next one of the source.
  const candidates = [...source.matchAll(LEFTOVER)].filter(
    (found) => isLeftover(found[0]) && !within(found.index, read),
  );
  let next = 0;
  for (const [piece] of spoken.matchAll(LEFTOVER)) {
    if (!isLeftover(piece)) continue;
    const at = candidates.findIndex((candidate, index) => index >= next && candidate[0] === piece);
    const candidate = candidates[at];
    if (!candidate) continue;
    next = at + 1;
    findings.push(leftoverFinding(piece, candidate.index));
  }
  return { spoken, findings: findings.sort((a, b) => a.start - b.start || a.end - b.end) };
}

const within = (index: number, spans: readonly Span[]): boolean =>
  spans.some((span) => index >= span.start && index < span.end);
const overlapsAny = (span: Span, spans: readonly Span[]): boolean =>
  spans.some((other) => span.start < other.end && other.start < span.end);
