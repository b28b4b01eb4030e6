// An extractive answer: the sentences of the best passages that hold most of the question's
// weight, each with the passage it comes from. Nothing is written that a source does not say.

import { type CorpusStats, coverage, inverseFrequency } from './rank.ts';
import { sentencesOf } from './sentences.ts';
import { termsOf } from './terms.ts';

/** Below this share of the question's weight in the best passage, the sources do not answer it. */
export const MIN_COVERAGE = 0.55;
/** A sentence joins the answer when it holds at least this share of the best sentence's weight. */
const CLOSE_TO_BEST = 0.7;
/** Sentences in an answer at most. */
export const MAX_ANSWER_SENTENCES = 3;

export const NOT_FOUND =
  'Không tìm thấy trong các nguồn được phép dùng (kế hoạch đã ban hành, tài liệu thư viện đã duyệt, bản tin, văn bản tham khảo) nội dung trả lời câu hỏi này. Hãy hỏi lại bằng từ ngữ khác, nêu rõ văn bản hoặc lĩnh vực, hoặc đề nghị cơ quan cấp trên tải văn bản liên quan lên làm văn bản tham khảo.';

export interface ScoredSentence {
  text: string;
  score: number;
}

/** A sentence's weight for the question: the inverse frequencies of the question's terms it holds. */
function sentenceScore(sentence: string, question: readonly string[], stats: CorpusStats): number {
  const held = new Set(termsOf(sentence));
  return question
    .filter((term) => held.has(term))
    .reduce((sum, term) => sum + inverseFrequency(stats, term), 0);
}

/** The passage's sentences, heaviest first (ties in reading order). */
export function scoreSentences(
  text: string,
  question: readonly string[],
  stats: CorpusStats,
): ScoredSentence[] {
  return sentencesOf(text.replace(/\n/g, ' '), { listDashes: true })
    .map((sentence, index) => ({ text: sentence, index, score: sentenceScore(sentence, question, stats) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ text: sentence, score }) => ({ text: sentence, score }));
}

/** The sentence of a passage to show under its title: the one that holds most of the question. */
export function quoteOf(text: string, question: readonly string[], stats: CorpusStats): string {
  return scoreSentences(text, question, stats)[0]?.text ?? text;
}

export interface AnswerPassage {
  id: string;
  text: string;
  matched: readonly string[];
}

/** Whether the best passage holds enough of the question to answer it. */
export function answers(
  best: AnswerPassage | undefined,
  question: readonly string[],
  stats: CorpusStats,
): boolean {
  return best !== undefined && coverage(best.matched, question, stats) >= MIN_COVERAGE;
}

/**
 * Up to three sentences from the passages (best first): the heaviest sentence of the best passage,
 * then others about as heavy from it or the next two passages, in the order of their passages.
 */
export function extractAnswer(
  passages: readonly AnswerPassage[],
  question: readonly string[],
  stats: CorpusStats,
): { text: string; passageId: string }[] {
  const candidates = passages.slice(0, 3).flatMap((passage, rank) =>
    scoreSentences(passage.text, question, stats).map((sentence) => ({
      ...sentence,
      rank,
      passageId: passage.id,
    })),
  );
  const best = candidates.filter((c) => c.rank === 0)[0];
  if (!best || best.score === 0) return [];
  const seen = new Set<string>();
  return [best, ...candidates.filter((c) => c !== best && c.score >= best.score * CLOSE_TO_BEST)]
    .filter((c) => {
      const key = c.text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_ANSWER_SENTENCES)
    .sort((a, b) => a.rank - b.rank)
    .map(({ text, passageId }) => ({ text, passageId }));
}
