import { scopePaths } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { ownOrShared } from '../shared/shared-visibility.ts';

/**
 * Items of bodies in the actor's scope (any status), and approved items shared to their subtree;
 * for `libraryItemQuery` (rows/library-item.ts).
 */
export const libraryItemsVisibleTo = (ctx: Context) =>
  ownOrShared(scopePaths(ctx.actor, 'readBody'), 'author.path', 'share.path', sql`item.status = 'approved'`);
