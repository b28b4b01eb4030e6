// Web and e-mail addresses, read in Vietnamese: "hoaan.tuyenquang.gov.vn" → "hoa an chấm tuyên quang
// chấm gov chấm vê en". Left alone, espeak-ng reads "tuyenquang" and "https" in its English voice.
// The scheme, "www." and the path are dropped: a listener can type the site's name from hearing it,
// never "/p/home/dvc-trang-chu.html".

import { LETTER_NAMES } from './abbreviations.ts';
import { readDigits, readInteger } from './numbers.ts';
import { isPlainSyllable, markPlainSyllable } from './syllables.ts';
import { DOMAIN_WORDS } from './web-words.ts';

interface Reading {
  cost: number;
  words: string;
}

// A syllable, a known word or a number costs 1, a letter spelled alone 3: the cheapest split of
// "ubndxahoaan" is "u bê en dê xa hoa an".
const LONGEST_PIECE = 7;
function readPiece(piece: string): Reading | null {
  const known = DOMAIN_WORDS[piece];
  if (known) return { cost: 1, words: known };
  if (/^\d+$/.test(piece))
    return { cost: 1, words: piece.length <= 2 ? readInteger(piece) : readDigits(piece) };
  if (isPlainSyllable(piece)) return { cost: 1, words: markPlainSyllable(piece) };
  if (piece.length === 1) return { cost: 3, words: LETTER_NAMES[piece.toUpperCase()] ?? piece };
  return null;
}

/** One label between dots (or a piece of an e-mail's name): the cheapest reading of its letters. */
function readLabel(label: string): string {
  const letters = label.toLowerCase();
  const known = DOMAIN_WORDS[letters];
  if (known) return known;
  const best: (Reading | undefined)[] = [{ cost: 0, words: '' }];
  for (let end = 1; end <= letters.length; end++) {
    let choice: Reading | undefined;
    for (let start = Math.max(0, end - LONGEST_PIECE); start < end; start++) {
      const before = best[start];
      const piece = before && readPiece(letters.slice(start, end));
      if (!before || !piece) continue;
      // "<=": on a tie the later start wins, so earlier syllables are the longer ones ("thanh an",
      // not "tha nhan"), as when reading left to right.
      if (!choice || before.cost + piece.cost <= choice.cost) {
        choice = { cost: before.cost + piece.cost, words: `${before.words} ${piece.words}`.trim() };
      }
    }
    best[end] = choice;
  }
  return best[letters.length]?.words ?? letters;
}

const SEPARATORS: Readonly<Record<string, string>> = { '.': 'chấm', '-': 'gạch ngang', _: 'gạch dưới' };
const readName = (name: string): string =>
  name
    .split(/([._-])/)
    .filter(Boolean)
    .map((part) => SEPARATORS[part] ?? readLabel(part))
    .join(' ');

const readHost = (host: string): string => readName(host.toLowerCase().replace(/^www\./, ''));

const TOP_LEVEL = 'vn|com|net|org|gov|edu|info|io|asia|biz';
const EMAIL = /(?<![\p{L}\d._%+-])([a-z0-9._%+-]+)@((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\p{L}\d-])/giu;
const WITH_SCHEME = /(?<![\p{L}\d])https?:\/\/([^\s/?#<>"“”'()]+)[^\s<>"“”'()]*/giu;
const BARE = new RegExp(
  String.raw`(?<![\p{L}\d@./-])((?:[a-z0-9-]+\.)+(?:${TOP_LEVEL}))(?![\p{L}\d-])(?:\/[^\s<>"“”'()]*)?`,
  'giu',
);
// "tên miền .gov.vn": the ending alone, its first dot said.
const ENDING = new RegExp(
  String.raw`(?<![\p{L}\d@./-])\.((?:[a-z0-9-]+\.)*(?:${TOP_LEVEL}))(?![\p{L}\d-]|\.[\p{L}\d])`,
  'giu',
);

/** A sentence's last full stop or comma is not part of the address before it. */
function keepingPunctuation(read: (host: string) => string) {
  return (whole: string, host: string): string => {
    const trailing = /[.,;:!?]+$/.exec(whole)?.[0] ?? '';
    const hostOnly = host.replace(/[.,;:!?]+$/, '');
    return `${read(hostOnly)}${trailing}`;
  };
}

export function webAddresses(text: string): string {
  return text
    .replace(EMAIL, (_, name: string, host: string) => `${readName(name)} a còng ${readHost(host)}`)
    .replace(WITH_SCHEME, keepingPunctuation(readHost))
    .replace(BARE, keepingPunctuation(readHost))
    .replace(ENDING, (_, ending: string) => `chấm ${readHost(ending)}`);
}

/**
 * Each web or e-mail address of a text, where it is and how webAddresses reads it ("hoaan.tuyenquang
 * .gov.vn" → "hoa an chấm tuyên quang chấm gov chấm vê en"), its sentence's last stop left out.
 */
export function webAddressSpans(text: string): { start: number; end: number; reading: string }[] {
  const spans: { start: number; end: number; reading: string }[] = [];
  for (const pattern of [EMAIL, WITH_SCHEME, BARE, ENDING]) {
    for (const found of text.matchAll(pattern)) {
      const written = found[0].replace(/[.,;:!?]+$/, '');
      const start = found.index;
      const end = start + written.length;
      if (spans.some((span) => start < span.end && span.start < end)) continue;
      spans.push({ start, end, reading: webAddresses(written) });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
