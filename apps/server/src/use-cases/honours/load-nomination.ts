import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { nominationQuery } from './nomination-row.ts';

/**
 * A nomination the actor reads, or 404 (missing and hidden alike): the readers of the nominee body,
 * which the nominating body's readers and the deciders above it all are (the nominee is the
 * nominating body or lies below it).
 */
export async function loadReadableNomination(ctx: Context, id: string) {
  const row = await nominationQuery(ctx.db).where('nomination.id', '=', id).executeTakeFirst();
  if (!row || !can(ctx.actor, 'readBody', row.nominee_path)) throw notFound('hồ sơ đề nghị khen thưởng');
  return row;
}
