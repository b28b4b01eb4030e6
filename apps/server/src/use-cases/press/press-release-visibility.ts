import { scopePaths } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { ownOrShared } from '../shared/shared-visibility.ts';

/**
 * Releases of the bodies the actor reads (drafts included), and the sent releases of the bodies above
 * them: a sent release is public (its page), and a commune records the article that followed its
 * province's release. Who it was sent to is shown only to readers of the releasing body.
 */
export const pressReleasesVisibleTo = (ctx: Context) =>
  ownOrShared(scopePaths(ctx.actor, 'readBody'), 'body.path', 'body.path', sql`release.status = 'sent'`);
