import { type Actor, can } from './policy.ts';

/**
 * Approving publishes a library item to the whole subtree it is shared to, so the reviewer must be
 * a coordinator over that subtree as well as over the author: a province cannot publish a commune's
 * item to the country; a national coordinator can. (Rejecting needs only the author's side.)
 */
export const canApproveLibraryItem = (actor: Actor, item: { authorPath: string; sharePath: string }) =>
  can(actor, 'reviewLibrary', item.authorPath) && can(actor, 'reviewLibrary', item.sharePath);
