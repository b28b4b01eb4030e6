import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { unsafeFindStation } from '../../rows/station.ts';

/** A station the actor sees (its body in their scope); `ability: 'broadcast'` for changes. */
export async function loadStation(ctx: Context, id: string, ability: 'readBody' | 'broadcast' = 'readBody') {
  const row = await unsafeFindStation(ctx.db, id);
  if (!row || !can(ctx.actor, ability, row.body_path)) throw notFound('đài truyền thanh');
  return row;
}
