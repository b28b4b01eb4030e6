import type { draftFrom } from '@lantoa/api-contract/assistant-drafts';
import { type DraftSource, passagesAbout, type SourceSentence, splitSentences } from '@lantoa/assistant';
import { can } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { scienceTaskQuery } from '../../rows/science-task.ts';
import { answerQuestion } from '../assistant/answer-question.ts';
import { indexSource } from '../assistant/index-source.ts';
import { loadVisibleLibraryItem } from '../library/load-visible-library-item.ts';
import { planIsReadable } from '../plans/load-plan.ts';
import { midSentence } from '../shared/official-names.ts';

export type DraftFrom = z.infer<typeof draftFrom>;

/** A passage a draft may be made from, with the source its sentences will cite. */
export interface DraftPassage {
  id: string;
  title: string;
  section: string;
  text: string;
  source: DraftSource;
}

/** What a draft is made from: its subject, the source's sentences in reading order, their passages. */
export interface DraftMaterial {
  title: string;
  /** The document the bulletin carries out ("Thực hiện …"), for a plan's task. */
  basis: string | undefined;
  sentences: SourceSentence[];
  passages: DraftPassage[];
  /** The library item it was drafted from, linked on the bulletin as its source. */
  sourceItemId: string | null;
}

const noText = (what: string) =>
  new AppError('invalid_input', `${what} Hãy chọn nguồn khác hoặc soạn bản tin bằng tay.`, 'from');

/** The passages of a knowledge source, in the document's order. */
const passagesOf = (ctx: Context, knowledgeSourceId: string) =>
  ctx.db
    .selectFrom('knowledge_passages as passage')
    .innerJoin('knowledge_sources as source', 'source.id', 'passage.knowledge_source_id')
    .select([
      'passage.id',
      'passage.section',
      'passage.text',
      'passage.terms',
      'source.kind',
      'source.source_id',
      'source.title',
    ])
    .where('passage.knowledge_source_id', '=', knowledgeSourceId)
    .orderBy('passage.position')
    .execute();

type PassageRow = Awaited<ReturnType<typeof passagesOf>>[number];

const draftPassage = (row: PassageRow): DraftPassage => ({
  id: row.id,
  title: row.title,
  section: row.section,
  text: row.text,
  source: { kind: row.kind, id: row.source_id, title: row.title, section: row.section, passageId: row.id },
});

/** Each passage's sentences, in order, citing it. */
const sentencesOfPassages = (passages: readonly DraftPassage[]): SourceSentence[] =>
  passages.flatMap((passage) =>
    splitSentences(passage.text).map((text) => ({ text, source: passage.source })),
  );

/**
 * An approved library item the actor sees, cut into passages by the knowledge index: the whole
 * document in its order (a bulletin reads a document from its start).
 */
async function libraryItemMaterial(ctx: Context, id: string): Promise<DraftMaterial> {
  const item = await loadVisibleLibraryItem(ctx, id);
  if (item.status !== 'approved') {
    throw new AppError(
      'invalid_input',
      'Tài liệu này chưa được duyệt: chỉ soạn bản tin từ tài liệu đã duyệt. Hãy chờ duyệt rồi thử lại.',
      'from',
    );
  }
  const knowledgeSourceId = await indexSource(ctx.db, 'library_item', id);
  if (!knowledgeSourceId)
    throw noText('Tài liệu này không có văn bản để soạn bản tin (ví dụ ảnh, âm thanh).');
  const passages = (await passagesOf(ctx, knowledgeSourceId)).map(draftPassage);
  return {
    title: item.title,
    basis: undefined,
    sentences: sentencesOfPassages(passages),
    passages,
    sourceItemId: id,
  };
}

/**
 * A task of a plan the actor may read: its title as the plan states it, then the passages of the
 * plan's document about it (the plan as the knowledge index cut it).
 */
async function taskMaterial(ctx: Context, id: string): Promise<DraftMaterial> {
  const readable = planIsReadable(ctx, { id: 'plan.id', issuerPath: 'issuer.path' });
  const task = readable
    ? await ctx.db
        .selectFrom('tasks as task')
        .innerJoin('plans as plan', 'plan.id', 'task.plan_id')
        .innerJoin('bodies as issuer', 'issuer.id', 'plan.body_id')
        .select([
          'task.id',
          'task.title',
          'task.ref',
          'task.plan_id',
          'plan.title as plan_title',
          'plan.number',
        ])
        .where('task.id', '=', id)
        .where('task.removed_in_version', 'is', null)
        .where(readable)
        .executeTakeFirst()
    : undefined;
  if (!task) throw notFound('nhiệm vụ');
  const planTitle = task.number ? `${task.plan_title} (số ${task.number})` : task.plan_title;
  // "Thực hiện Kế hoạch số 139/KH-UBND, …" as a commune's bulletin names the plan it carries out.
  const basis = task.number ? `Kế hoạch số ${task.number}` : `Kế hoạch ${midSentence(task.plan_title)}`;
  const knowledgeSourceId = await indexSource(ctx.db, 'plan', task.plan_id);
  const rows = knowledgeSourceId ? await passagesOf(ctx, knowledgeSourceId) : [];
  const passages = passagesAbout(task.title, rows).map(draftPassage);
  const own: SourceSentence[] = splitSentences(task.title).map((text) => ({
    text,
    source: { kind: 'task', id: task.id, title: planTitle, section: task.ref },
  }));
  return {
    title: task.title,
    basis,
    sentences: [...own, ...sentencesOfPassages(passages)],
    passages,
    sourceItemId: null,
  };
}

/**
 * A task of the S&T registry the actor may read — kept in its scope, or disclosed on the public pages
 * (then anyone may read it, a commune's broadcaster too) — and that is not secret: its plain-language
 * summary, who carries it out, then its results. Each sentence cites the task and the part of it it
 * was taken from; the summary and results are the passages a model may rephrase.
 */
async function scienceTaskMaterial(ctx: Context, id: string): Promise<DraftMaterial> {
  const task = await scienceTaskQuery(ctx.db).where('task.id', '=', id).executeTakeFirst();
  if (!task || !(task.published_at || can(ctx.actor, 'readBody', task.body_path)))
    throw notFound('nhiệm vụ KH&CN');
  if (task.is_secret) {
    throw new AppError(
      'invalid_input',
      'Nhiệm vụ này thuộc bí mật nhà nước nên không soạn bản tin để phát. Hãy chọn nhiệm vụ khác.',
      'from',
    );
  }
  const title = `${task.title} (mã ${task.code})`;
  const part = (section: string, text: string): DraftPassage => ({
    id: `${task.id}:${section}`,
    title,
    section,
    text,
    source: { kind: 'science_task', id: task.id, title, section },
  });
  const who = [
    task.host_organisation ? `do ${task.host_organisation} chủ trì` : '',
    task.lead_scientist ? `${task.lead_scientist} làm chủ nhiệm` : '',
  ].filter(Boolean);
  const passages = [
    task.summary ? part('Tóm tắt', task.summary) : null,
    who.length ? part('Thông tin chung', `Nhiệm vụ ${who.join(', ')}.`) : null,
    task.results ? part('Kết quả', task.results) : null,
  ].filter((passage): passage is DraftPassage => passage !== null);
  if (!task.summary && !task.results)
    throw noText('Nhiệm vụ này chưa có tóm tắt dễ hiểu hay kết quả để soạn bản tin: hãy bổ sung tóm tắt.');
  return {
    title: task.title,
    basis: undefined,
    sentences: sentencesOfPassages(passages),
    passages,
    sourceItemId: null,
  };
}

/**
 * An answer to a question, from the sources the actor may be answered from: the answer's sentences
 * first, then the rest of the passages they were taken from, best passage first.
 */
async function answerMaterial(ctx: Context, question: string): Promise<DraftMaterial> {
  const answer = await answerQuestion(ctx, question);
  if (!answer.answer) throw noText(answer.notFound ?? 'Không tìm thấy nội dung trả lời trong các nguồn.');
  const cited = new Set(answer.answer.sentences.map((sentence) => sentence.passageId));
  const passages: DraftPassage[] = answer.passages
    .filter((passage) => cited.has(passage.id))
    .map((passage) => ({
      id: passage.id,
      title: passage.title,
      section: passage.section,
      text: passage.text,
      source: {
        kind: passage.sourceKind,
        id: passage.sourceId,
        title: passage.title,
        section: passage.section,
        passageId: passage.id,
      },
    }));
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const answered: SourceSentence[] = answer.answer.sentences.flatMap((sentence) => {
    const passage = byId.get(sentence.passageId);
    return passage ? [{ text: sentence.text, source: passage.source }] : [];
  });
  return {
    title: passages[0]?.title ?? answer.question,
    basis: undefined,
    sentences: [...answered, ...sentencesOfPassages(passages)],
    passages,
    sourceItemId: null,
  };
}

/**
 * What a draft is made from, after checking that the actor may read it (404 otherwise, as
 * everywhere); 400 when the source has no text to make a bulletin of.
 */
export function readDraftSource(ctx: Context, from: DraftFrom): Promise<DraftMaterial> {
  switch (from.kind) {
    case 'library_item':
      return libraryItemMaterial(ctx, from.id);
    case 'task':
      return taskMaterial(ctx, from.id);
    case 'answer':
      return answerMaterial(ctx, from.question);
    case 'science_task':
      return scienceTaskMaterial(ctx, from.id);
  }
}
