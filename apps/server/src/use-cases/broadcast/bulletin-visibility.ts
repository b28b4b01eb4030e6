import { scopePaths } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { bulletinQuery } from '../../rows/bulletin.ts';
import { ownOrShared } from '../shared/shared-visibility.ts';

/**
 * Bulletins of bodies in the actor's scope, and those aimed at a subtree around their scope; for
 * `bulletinQuery` (rows/bulletin.ts).
 */
export const bulletinsVisibleTo = (ctx: Context) =>
  ownOrShared(scopePaths(ctx.actor, 'readBody'), 'author.path', 'target.path');

/** Bulletins that reach a station: aimed at its body or a body above it, valid on some day of the range. */
export function bulletinsReaching(
  ctx: Pick<Context, 'db'>,
  stationBodyPath: string,
  from: string,
  until: string,
) {
  return bulletinQuery(ctx.db)
    .where(sql<boolean>`${stationBodyPath} like target.path || '%'`)
    .where('bulletin.valid_from', '<=', until)
    .where((eb) => eb.or([eb('bulletin.valid_until', 'is', null), eb('bulletin.valid_until', '>=', from)]))
    .execute();
}
