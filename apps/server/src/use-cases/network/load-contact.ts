import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { unsafeFindContact } from './contact-row.ts';

/** A contact of a body the actor keeps the network of (`communicate` over its owner); 404 otherwise. */
export async function loadContact(ctx: Context, id: string) {
  const row = await unsafeFindContact(ctx.db, id);
  if (!row || !can(ctx.actor, 'communicate', row.owner_path)) throw notFound('người trong mạng lưới');
  return row;
}
