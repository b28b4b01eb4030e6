// A pronunciation list (a lexicon): written forms a body says its own way, village names ("Nà Pò"),
// local abbreviations ("HTXNN"), words the rules read wrong. normaliseForSpeech applies it before
// its own rules, so an entry overrides them. Pure.
//
// Matching, as a writer expects it:
// - whole tokens: "Pò" never matches inside "Pòng", nor "KH" inside "178/KH-UBND" or "KH-CN" (a
//   token glued to its neighbour by "/", "-", "&", "." or "@" is part of a code, a symbol or an
//   address, which the rules read as a whole);
// - a written form in capitals only ("HTX", "KH&CN") matches those capitals only: the same letters
//   in lower case are an ordinary word ("kt" is not "KT"); any other form ignores case, as
//   headings write names in capitals ("NÀ PÒ");
// - the longest written form first, so "Nà Pò Trên" wins over "Nà Pò"; on an equal written form the
//   entry earlier in the list wins (the server lists a commune's own entries before its province's);
// - a space in a written form matches any run of spaces (a no-break space too).

import { escapeRegExp } from './patterns.ts';

export interface Pronunciation {
  readonly written: string;
  readonly spoken: string;
}
export type Lexicon = readonly Pronunciation[];

/** Where an entry of the list was found in a text: [start, end) in UTF-16 units. */
export interface PronunciationMatch {
  readonly start: number;
  readonly end: number;
  readonly pronunciation: Pronunciation;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const GLUE = /[&/_@.-]/;
const SPACES = String.raw`[\s\u00a0\u2000-\u200b\u202f]+`;

/** Capitals and no lower-case letter: "HTX", "KH&CN", "Đ/C". */
export const isCapitalsOnly = (written: string): boolean =>
  /\p{Lu}/u.test(written) && !/\p{Ll}/u.test(written);

const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD_CHAR.test(char);

/** Whether the text at `index` (just before a match, or just after one) ends or starts a token. */
function freeBefore(text: string, index: number): boolean {
  const char = text[index - 1];
  if (char === undefined) return true;
  if (isWordChar(char)) return false;
  return !(GLUE.test(char) && isWordChar(text[index - 2]));
}
function freeAfter(text: string, index: number): boolean {
  const char = text[index];
  if (char === undefined) return true;
  if (isWordChar(char)) return false;
  return !(GLUE.test(char) && isWordChar(text[index + 1]));
}

interface CompiledEntry {
  readonly pronunciation: Pronunciation;
  readonly pattern: RegExp;
  readonly wordStart: boolean;
  readonly wordEnd: boolean;
}

/** Written forms are compared in NFC with their spaces collapsed; blank ones are ignored. */
function compile(lexicon: Lexicon): Map<string, CompiledEntry[]> {
  const byFirst = new Map<string, CompiledEntry[]>();
  const entries = lexicon
    .map((entry) => ({
      written: entry.written.normalize('NFC').trim().split(/\s+/).filter(Boolean),
      pronunciation: { written: entry.written, spoken: entry.spoken.normalize('NFC').trim() },
    }))
    .filter(({ written }) => written.length > 0)
    // Stable: on an equal length the list's own order stands.
    .sort((a, b) => b.written.join(' ').length - a.written.join(' ').length);
  for (const { written, pronunciation } of entries) {
    const joined = written.join(' ');
    const flags = isCapitalsOnly(joined) ? 'yu' : 'yiu';
    const first = joined[0]?.toLowerCase() ?? '';
    const compiled: CompiledEntry = {
      pronunciation,
      pattern: new RegExp(written.map(escapeRegExp).join(SPACES), flags),
      wordStart: isWordChar(joined[0]),
      wordEnd: isWordChar(joined.at(-1)),
    };
    byFirst.set(first, [...(byFirst.get(first) ?? []), compiled]);
  }
  return byFirst;
}

/** Every place an entry of the list applies, left to right, not overlapping. Give NFC text. */
export function findPronunciations(text: string, lexicon: Lexicon): PronunciationMatch[] {
  if (lexicon.length === 0) return [];
  const byFirst = compile(lexicon);
  const matches: PronunciationMatch[] = [];
  let index = 0;
  while (index < text.length) {
    const candidates = byFirst.get(text[index]?.toLowerCase() ?? '');
    const found = candidates?.find((entry) => {
      if (entry.wordStart && !freeBefore(text, index)) return false;
      entry.pattern.lastIndex = index;
      const match = entry.pattern.exec(text);
      return match !== null && (!entry.wordEnd || freeAfter(text, index + match[0].length));
    });
    if (!found) {
      index++;
      continue;
    }
    const end = found.pattern.lastIndex;
    matches.push({ start: index, end, pronunciation: found.pronunciation });
    index = end;
  }
  return matches;
}

/** The text with each entry of the list replaced by its spoken form (NFC). */
export function applyPronunciations(text: string, lexicon: Lexicon): string {
  const source = text.normalize('NFC');
  let spoken = '';
  let from = 0;
  for (const { start, end, pronunciation } of findPronunciations(source, lexicon)) {
    spoken += source.slice(from, start) + pronunciation.spoken;
    from = end;
  }
  return spoken + source.slice(from);
}
