// Whether a model's quote is really in the passage it cites: the check that keeps a rephrased
// sentence tied to its source. Compared folded (no diacritics or tone placement, lower case) with
// punctuation and spacing reduced to single spaces, as whole words: a model that drops a comma or
// writes "hoà" for "hòa" still quotes; one that changes, adds or reorders a word does not.
import { foldVietnamese } from '@lantoa/domain';

/** A quote of fewer words proves nothing ("và các xã" is in every plan), unless the passage is that short. */
export const MIN_QUOTE_WORDS = 4;

const wordsOf = (text: string) =>
  foldVietnamese(text.normalize('NFC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function quoteIsIn(quote: string, passageText: string): boolean {
  const needle = wordsOf(quote);
  const haystack = wordsOf(passageText);
  if (!needle) return false;
  const count = needle.split(' ').length;
  if (count < MIN_QUOTE_WORDS && count < haystack.split(' ').length) return false;
  return ` ${haystack} `.includes(` ${needle} `);
}
