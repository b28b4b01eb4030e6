// The assistant for commune stations (issue 19), pure: search terms, passages, BM25, extractive
// answers, bulletin drafts, and the client of an optional language model that must cite its sources.

export {
  type AnswerPassage,
  answers,
  extractAnswer,
  MAX_ANSWER_SENTENCES,
  MIN_COVERAGE,
  NOT_FOUND,
  quoteOf,
  scoreSentences,
} from './answer.ts';
export {
  type BulletinDraft,
  cleanSentence,
  DRAFT_TOLERANCE,
  type DraftOptions,
  type DraftSentence,
  type DraftSource,
  draftBulletin,
  passagesAbout,
  type SourceSentence,
  SUBJECT_SHARE,
  splitSentences,
} from './draft.ts';
export {
  chatCompletionsUrl,
  MAX_PROMPT_CHARS,
  MAX_REPLY_BYTES,
  MODEL_TIMEOUT_MS,
  type ModelComposer,
  type ModelConfig,
  type ModelPassage,
  type ModelSentence,
  modelComposer,
  SYSTEM_PROMPT,
} from './model/compose.ts';
export { ModelError, type ModelErrorCode } from './model/model-error.ts';
export { MIN_QUOTE_WORDS, quoteIsIn } from './model/quote.ts';
export { cutPassages, MAX_WORDS, MIN_WORDS, type Passage, passageTerms } from './passages.ts';
export {
  B,
  bm25,
  type CorpusStats,
  coverage,
  inverseFrequency,
  K1,
  type Ranked,
  rankPassages,
} from './rank.ts';
export { sentencesOf } from './sentences.ts';
export { foldSymbol, isPair, questionTerms, type Terms, termsOf } from './terms.ts';
