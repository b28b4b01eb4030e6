import type { assistantPassage } from '@lantoa/api-contract/assistant';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { visibleSources } from './visible-knowledge.ts';

/**
 * A cited passage in its document, with the passages before and after it, for "open the cited
 * passage"; 404 when it is gone (its source was cut again) or its source is not one the actor may
 * be answered from.
 */
export async function getPassage(ctx: Context, id: string): Promise<z.infer<typeof assistantPassage>> {
  const passage = await ctx.db
    .selectFrom('knowledge_passages as passage')
    .innerJoin('knowledge_sources as source', 'source.id', 'passage.knowledge_source_id')
    .select([
      'passage.id',
      'passage.knowledge_source_id',
      'passage.position',
      'passage.section',
      'passage.page',
      'passage.text',
      'source.kind',
      'source.source_id',
      'source.title',
    ])
    .where('passage.id', '=', id)
    .executeTakeFirst();
  if (!passage) throw notFound('đoạn trích');
  const [readable] = await visibleSources(ctx, passage.knowledge_source_id);
  if (!readable) throw notFound('đoạn trích');
  const neighbours = await ctx.db
    .selectFrom('knowledge_passages')
    .select(['position', 'text'])
    .where('knowledge_source_id', '=', passage.knowledge_source_id)
    .where('position', 'in', [passage.position - 1, passage.position + 1])
    .execute();
  const at = (position: number) => neighbours.find((n) => n.position === position)?.text ?? null;
  return {
    id: passage.id,
    sourceKind: passage.kind,
    sourceId: passage.source_id,
    title: passage.title,
    section: passage.section,
    page: passage.page,
    position: passage.position,
    text: passage.text,
    before: at(passage.position - 1),
    after: at(passage.position + 1),
  };
}
