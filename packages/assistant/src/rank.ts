// Okapi BM25 over passages' terms: the candidates come from the database (those sharing a term with
// the question), the statistics from the passages the asker may read, the arithmetic here.
import { isPair } from './terms.ts';

/** What BM25 needs of the passages the asker may read. */
export interface CorpusStats {
  passages: number;
  averageLength: number;
  /** In how many of those passages each question term occurs. */
  documentFrequency: ReadonlyMap<string, number>;
}

export interface Ranked<T> {
  item: T;
  score: number;
  /** The question's terms the passage holds. */
  matched: string[];
}

/** The usual constants: term frequency saturates quickly, length normalised most of the way. */
export const K1 = 1.2;
export const B = 0.75;

/** Inverse document frequency, never negative (Lucene's form); a term no passage holds weighs most. */
export function inverseFrequency(stats: CorpusStats, term: string): number {
  const df = stats.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (stats.passages - df + 0.5) / (df + 0.5));
}

/**
 * BM25 of one passage for the question's distinct terms: `terms`, the passage's terms with repeats
 * (or only those of the question, when `length` gives the passage's number of terms).
 */
export function bm25(
  terms: readonly string[],
  question: readonly string[],
  stats: CorpusStats,
  length = terms.length,
) {
  const frequency = new Map<string, number>();
  for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const norm = K1 * (1 - B + (B * length) / Math.max(stats.averageLength, 1));
  let score = 0;
  const matched: string[] = [];
  for (const term of question) {
    const tf = frequency.get(term) ?? 0;
    if (tf === 0) continue;
    matched.push(term);
    score += (inverseFrequency(stats, term) * tf * (K1 + 1)) / (tf + norm);
  }
  return { score, matched };
}

/** Candidates best first (ties in their given order), with their scores; `length` as for bm25. */
export function rankPassages<T extends { terms: readonly string[]; length?: number }>(
  candidates: readonly T[],
  question: readonly string[],
  stats: CorpusStats,
): Ranked<T>[] {
  return candidates
    .map((item, index) => ({
      item,
      index,
      ...bm25(item.terms, question, stats, item.length ?? item.terms.length),
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ item, score, matched }) => ({ item, score, matched }));
}

/**
 * The share of the question's weight a passage answers: the inverse frequencies of its single
 * syllables and symbols it holds over those of all of them (pairs only sharpen the ranking). A
 * word no readable passage holds ("giá lúa" in plans about communication) weighs most, so a
 * question mostly about something absent scores low whatever else matches.
 */
export function coverage(
  matched: readonly string[],
  question: readonly string[],
  stats: CorpusStats,
): number {
  const words = question.filter((term) => !isPair(term));
  const total = words.reduce((sum, term) => sum + inverseFrequency(stats, term), 0);
  if (total === 0) return 0;
  const held = new Set(matched);
  return (
    words.filter((term) => held.has(term)).reduce((sum, term) => sum + inverseFrequency(stats, term), 0) /
    total
  );
}
