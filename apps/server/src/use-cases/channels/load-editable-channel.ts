import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { channelQuery } from './channel-view.ts';

/** A channel the actor may change or read now (`communicate` over its body), or 404 (missing and hidden alike). */
export async function loadEditableChannel(ctx: Context, id: string) {
  const row = await channelQuery(ctx.db).where('c.id', '=', id).executeTakeFirst();
  if (!row || !can(ctx.actor, 'communicate', row.body_path)) throw notFound('kênh');
  return row;
}
