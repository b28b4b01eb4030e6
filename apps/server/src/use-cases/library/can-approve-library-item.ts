import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import type { LibraryItemRow } from './library-item-query.ts';

/**
 * Approving publishes the item to the whole subtree it is shared to, so the reviewer must be a
 * coordinator over that subtree as well as over the author: a province cannot publish a commune's
 * item to the country; a national coordinator can. (Rejecting needs only the author's side.)
 */
export const canApproveLibraryItem = (ctx: Context, item: Pick<LibraryItemRow, 'body_path' | 'share_path'>) =>
  can(ctx.actor, 'reviewLibrary', item.body_path) && can(ctx.actor, 'reviewLibrary', item.share_path);
