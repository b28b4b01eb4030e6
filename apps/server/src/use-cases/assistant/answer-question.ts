import type { assistantAnswer } from '@lantoa/api-contract/assistant';
import {
  answers,
  type CorpusStats,
  extractAnswer,
  ModelError,
  modelComposer,
  NOT_FOUND,
  questionTerms,
  quoteOf,
  rankPassages,
} from '@lantoa/assistant';
import type { KnowledgeSourceKind } from '@lantoa/db';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { LlmConfig } from '../../config.ts';
import type { Context } from '../../http/context.ts';
import { currentKnowledge } from './visible-knowledge.ts';

export type AssistantAnswer = z.infer<typeof assistantAnswer>;

/** Passages returned with an answer. */
const SHOWN_PASSAGES = 5;

interface Candidate {
  id: string;
  knowledge_source_id: string;
  kind: KnowledgeSourceKind;
  source_id: string;
  title: string;
  section: string;
  page: number | null;
  text: string;
  length: number;
  /** The passage's terms that are the question's, with repeats (its term frequencies). */
  hits: string[];
}

const notFound = (question: string): AssistantAnswer => ({
  question,
  passages: [],
  answer: null,
  notFound: NOT_FOUND,
});

/**
 * Answers a question from the sources the actor may read: passages ranked by BM25 (candidates by
 * the GIN index on their terms, statistics over the readable passages), and an extractive answer
 * of their sentences, each citing its passage; "not found" when the best passage holds too little
 * of the question. Sources changed since they were cut are cut again first. With a language model
 * set up (LANTOA_LLM_URL), the answer is its rephrasing of the same passages, still citing them.
 */
/**
 * The answer rephrased by the language model from the passages found, each sentence citing one
 * with a quote the composer found in it; null (the extractive answer stands) when it fails, takes
 * too long or says nothing it can source.
 */
async function modelAnswer(
  llm: LlmConfig,
  question: string,
  passages: { id: string; title: string; section: string; text: string }[],
): Promise<{ text: string; passageId: string }[] | null> {
  try {
    const sentences = await modelComposer(llm)(question, passages);
    return sentences.length > 0 ? sentences.map(({ text, passageId }) => ({ text, passageId })) : null;
  } catch (error) {
    if (error instanceof ModelError) return null;
    throw error;
  }
}

export async function answerQuestion(
  ctx: Context,
  question: string,
  llm: LlmConfig | null = null,
): Promise<AssistantAnswer> {
  const asked = question.normalize('NFC').trim();
  const terms = questionTerms(asked);
  if (terms.length === 0) return notFound(asked);
  const sources = await currentKnowledge(ctx);
  if (sources.length === 0) return notFound(asked);
  const queryTerms = sql`array[${sql.join(terms)}]::text[]`;
  // One array parameter, however many sources a national reader has.
  const inSources = sql`passage.knowledge_source_id = any(${sources}::uuid[])`;
  const [totals, candidates] = await Promise.all([
    sql<{ passages: number; length: number | null }>`
      select count(*)::int as passages, avg(cardinality(passage.terms))::float8 as length
      from knowledge_passages passage where ${inSources}`.execute(ctx.db),
    sql<Candidate>`
      select passage.id, passage.knowledge_source_id, source.kind, source.source_id, source.title,
        passage.section, passage.page, passage.text, cardinality(passage.terms) as length,
        array(select term from unnest(passage.terms) term where term = any(${queryTerms})) as hits
      from knowledge_passages passage
      join knowledge_sources source on source.id = passage.knowledge_source_id
      where ${inSources} and passage.terms && ${queryTerms}`.execute(ctx.db),
  ]);
  // A question term's document frequency is the number of candidates holding it: every passage
  // holding one of the terms is a candidate.
  const documentFrequency = new Map<string, number>();
  for (const candidate of candidates.rows) {
    for (const term of new Set(candidate.hits))
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const stats: CorpusStats = {
    passages: totals.rows[0]?.passages ?? 0,
    averageLength: totals.rows[0]?.length ?? 1,
    documentFrequency,
  };
  // The database sends each candidate's length and only its terms that are the question's.
  const ranked = rankPassages(
    candidates.rows.map((c) => ({ ...c, terms: c.hits })),
    terms,
    stats,
  ).slice(0, SHOWN_PASSAGES);
  const best = ranked[0];
  if (!best || !answers({ id: best.item.id, text: best.item.text, matched: best.matched }, terms, stats)) {
    return notFound(asked);
  }
  const sentences = extractAnswer(
    ranked.map((r) => ({ id: r.item.id, text: r.item.text, matched: r.matched })),
    terms,
    stats,
  );
  const extractive: AssistantAnswer = {
    question: asked,
    passages: ranked.map(({ item, score }) => ({
      id: item.id,
      sourceKind: item.kind,
      sourceId: item.source_id,
      title: item.title,
      section: item.section,
      page: item.page,
      quote: quoteOf(item.text, terms, stats),
      text: item.text,
      score: Math.round(score * 1000) / 1000,
    })),
    answer: sentences.length > 0 ? { sentences, mode: 'extractive' } : null,
    notFound: sentences.length > 0 ? null : NOT_FOUND,
  };
  if (!llm || sentences.length === 0) return extractive;
  const rephrased = await modelAnswer(
    llm,
    asked,
    ranked.map(({ item }) => ({ id: item.id, title: item.title, section: item.section, text: item.text })),
  );
  return rephrased ? { ...extractive, answer: { sentences: rephrased, mode: 'model' } } : extractive;
}
