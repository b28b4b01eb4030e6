import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { ownOrShared } from '../shared/shared-visibility.ts';
import { referenceDocumentQuery, referenceDocumentView } from './reference-document-view.ts';

/**
 * The reference documents the assistant may quote to the actor: those of a body above it or in its
 * scope (the same rule as its answers), newest first; `bodyId` keeps one body's.
 */
export async function listReferenceDocuments(ctx: Context, filter: { bodyId?: string | undefined }) {
  const rows = await referenceDocumentQuery(ctx.db)
    .where(ownOrShared(scopePaths(ctx.actor, 'readBody'), 'holder.path', 'holder.path'))
    .$if(filter.bodyId !== undefined, (q) => q.where('reference.body_id', '=', filter.bodyId ?? ''))
    .orderBy('reference.created_at', 'desc')
    .orderBy('reference.id')
    .execute();
  return { items: rows.map((row) => referenceDocumentView(row, ctx.actor)) };
}
