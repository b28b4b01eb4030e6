import type { assistantDraftInput, assistantDraftResponse } from '@lantoa/api-contract/assistant-drafts';
import {
  type BulletinDraft,
  draftBulletin,
  ModelError,
  modelComposer,
  type SourceSentence,
} from '@lantoa/assistant';
import { unsafeFindBody } from '@lantoa/db';
import { can, SPOKEN_SYLLABLES_PER_MINUTE, vietnamToday } from '@lantoa/domain';
import { DEFAULT_ESPEAK_WPM, type SpeechConfig } from '@lantoa/speech';
import type { z } from 'zod';
import type { LlmConfig } from '../../config.ts';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { bulletinColumns, loadBulletinTarget } from '../broadcast/bulletin-input.ts';
import { loadStation } from '../broadcast/load-station.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { midSentence } from '../shared/official-names.ts';
import { type DraftMaterial, readDraftSource } from './read-draft-source.ts';

export type AssistantDraftInput = z.infer<typeof assistantDraftInput>;
type AssistantDraftResponse = z.infer<typeof assistantDraftResponse>;

/** What the server is set up with that a draft depends on. */
export interface DraftSettings {
  /** The language model, when the province runs one. */
  llm: LlmConfig | null;
  speech: SpeechConfig;
}

/**
 * A draft is asked for once and edited at leisure, unlike an answer read on the spot: a local model
 * may take a minute to write a few minutes of text (about 30 tokens a second on a commune-grade
 * GPU). Past that, or past a context a small model holds, the extractive draft is given instead.
 */
const DRAFT_MODEL_TIMEOUT_MS = 60_000;
const DRAFT_MAX_TOKENS = 4_096;

/**
 * Syllables a minute the station's voice says: the product's measured rate, scaled when espeak-ng
 * is set to a pace other than the one it was measured at (LANTOA_SPEECH_RATE). Other engines read
 * at their own pace, which the estimate's default stands for until a recording gives the real length.
 */
const syllablesPerMinute = (speech: SpeechConfig) =>
  speech.engine === 'espeak-ng' && speech.wordsPerMinute
    ? (SPOKEN_SYLLABLES_PER_MINUTE * speech.wordsPerMinute) / DEFAULT_ESPEAK_WPM
    : SPOKEN_SYLLABLES_PER_MINUTE;

/**
 * The body rephrased by the language model from the same passages, each sentence citing its
 * passage with a quote the composer found there; null (the extractive draft) without a model,
 * when it fails, or when it finds nothing to say.
 */
async function modelSentences(
  llm: LlmConfig | null,
  material: DraftMaterial,
  request: { minutes: number; question: string | null },
): Promise<SourceSentence[] | null> {
  if (!llm || material.passages.length === 0) return null;
  const words = Math.round(request.minutes * SPOKEN_SYLLABLES_PER_MINUTE);
  const ask =
    `Viết phần nội dung chính của một bản tin phát trên loa truyền thanh cơ sở, khoảng ${words} chữ, ` +
    `về "${material.title}"${request.question ? `, trả lời câu hỏi: ${request.question}` : ''}. ` +
    'Không viết lời chào mở đầu và lời kết.';
  const byId = new Map(material.passages.map((passage) => [passage.id, passage]));
  try {
    const composer = modelComposer({
      ...llm,
      maxTokens: Math.min(words * 3, DRAFT_MAX_TOKENS),
      timeoutMs: DRAFT_MODEL_TIMEOUT_MS,
    });
    const sentences = await composer(ask, material.passages);
    const cited = sentences.flatMap((sentence) => {
      const passage = byId.get(sentence.passageId);
      return passage ? [{ text: sentence.text, source: { ...passage.source, quote: sentence.quote } }] : [];
    });
    return cited.length > 0 ? cited : null;
  } catch (error) {
    if (error instanceof ModelError) return null;
    throw error;
  }
}

/**
 * A broadcaster asks the assistant for a bulletin from a library item, a plan's task, an S&T task of
 * the registry or an answer,
 * sized to the minutes of a session: the draft is written from the source's sentences only (or the
 * model's rephrasing of them, each citing its passage) and saved as a normal bulletin by the rules
 * of createBulletin, with where each sentence came from. It is a draft: never placed in a session,
 * never read out, until the broadcaster does it.
 */
export async function createBulletinDraft(
  ctx: Context,
  input: AssistantDraftInput,
  settings: DraftSettings,
): Promise<AssistantDraftResponse> {
  const body = await unsafeFindBody(ctx.db, ctx.actor.bodyId);
  if (!body || !can(ctx.actor, 'broadcast', body.path)) throw notFound('bản tin');
  const station = input.stationId ? await loadStation(ctx, input.stationId, 'broadcast') : null;
  const target = await loadBulletinTarget(ctx, station?.body_id ?? body.id);
  const material = await readDraftSource(ctx, input.from);

  const targetSeconds = Math.round(input.minutes * 60);
  const question = input.from.kind === 'answer' ? input.from.question : null;
  const rephrased = await modelSentences(settings.llm, material, { minutes: input.minutes, question });
  const draft: BulletinDraft = draftBulletin(rephrased ?? material.sentences, {
    title: material.title,
    basis: material.basis,
    stationName: station?.name ?? `Đài truyền thanh ${midSentence(target.name)}`,
    targetSeconds,
    syllablesPerMinute: syllablesPerMinute(settings.speech),
  });
  if (!draft.sentences.some((sentence) => sentence.source)) {
    throw new AppError(
      'invalid_input',
      'Nguồn này không có câu nào đọc được trên loa (chỉ có tiêu đề, bảng hoặc câu quá dài). ' +
        'Hãy chọn nguồn khác, tăng thời lượng hoặc soạn bản tin bằng tay.',
      'from',
    );
  }

  const sentences = draft.sentences.map((sentence) => ({
    text: sentence.text,
    source: sentence.source && {
      kind: sentence.source.kind as NonNullable<
        AssistantDraftResponse['draft']['sentences'][number]['source']
      >['kind'],
      id: sentence.source.id,
      title: sentence.source.title,
      section: sentence.source.section,
      passageId: sentence.source.passageId ?? null,
      quote: sentence.source.quote ?? null,
    },
  }));
  const columns = bulletinColumns(
    { title: draft.title, text: draft.text, priority: 'normal', targetBodyId: target.id },
    vietnamToday(),
  );
  const mode = rephrased ? 'model' : 'extractive';
  const row = await insertAudited(ctx.db, {
    table: 'bulletins',
    values: {
      body_id: body.id,
      ...columns,
      source_item_id: material.sourceItemId,
      source_bulletin_id: null,
      sources: JSON.stringify(sentences),
      created_by: ctx.actor.userId,
    },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'bulletin.draft',
      entityType: 'bulletin',
      after: {
        from: input.from,
        minutes: input.minutes,
        stationId: input.stationId ?? null,
        mode,
        title: columns.title,
        text: columns.text,
        targetBodyId: target.id,
        validFrom: columns.valid_from,
        sources: sentences.filter((sentence) => sentence.source).length,
      },
    }),
  });
  return {
    bulletinId: row.id,
    draft: { title: draft.title, text: draft.text, sentences, seconds: draft.seconds, targetSeconds, mode },
  };
}
