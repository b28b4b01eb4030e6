import { foldVietnamese } from '../text/vietnamese.ts';

// Matching a published item (a feed's article, a page's title) to topics and to press releases by
// its words, folded so that diacritics, tone placement and case do not matter.

/** The words of a text, folded, without punctuation. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}\p{N}&/-]+/u)
    .filter(Boolean);
}

/**
 * Whether a text speaks of any of a channel's topic words or phrases ("chuyển đổi số", "KH&CN",
 * "57-NQ/TW"): a phrase matches as consecutive whole words. No topic words: everything matches
 * (a channel that publishes only on the plan's subject, e.g. a dedicated section).
 */
export function matchesTopicWords(text: string, topics: readonly string[]): boolean {
  const phrases = topics.map(foldedWords).filter((p) => p.length > 0);
  if (phrases.length === 0) return true;
  const haystack = ` ${foldedWords(text).join(' ')} `;
  return phrases.some((phrase) => haystack.includes(` ${phrase.join(' ')} `));
}

// Words too common in Vietnamese administrative writing to say what a text is about.
const COMMON = new Set([
  'va',
  'cua',
  'cac',
  'nhung',
  've',
  'trong',
  'voi',
  'cho',
  'tai',
  'la',
  'duoc',
  'da',
  'se',
  'mot',
  'nam',
  'tinh',
  'xa',
  'phuong',
  'nay',
  'khi',
  'de',
  'tu',
  'den',
  'theo',
  'tren',
  'nhu',
  'co',
  'khong',
  'thong',
  'tin',
  'bao',
  'chi',
]);

/** The words that carry a text's subject: folded, common words and single letters left out. */
export function subjectWords(text: string): Set<string> {
  return new Set(foldedWords(text).filter((w) => w.length > 1 && !COMMON.has(w)));
}

/**
 * How much of a short text (an article's title) speaks of a subject (a press release's title and
 * opening): the share of the title's subject words found in the subject, 0 to 1.
 */
export function subjectOverlap(title: string, subject: string): number {
  const titleWords = subjectWords(title);
  if (titleWords.size === 0) return 0;
  const subjectSet = subjectWords(subject);
  let shared = 0;
  for (const word of titleWords) if (subjectSet.has(word)) shared += 1;
  return shared / titleWords.size;
}
