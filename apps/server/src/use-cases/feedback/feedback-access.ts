import { type Actor, can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { type FeedbackRow, unsafeFindFeedback } from './feedback-row.ts';

// Who may do what with a citizen's feedback: the one home of these rules. An item belongs to the
// public home it was sent from (its site); those who communicate for the site's body (its
// coordinators) route it to a body of the site, publish or refuse it; those who communicate for the
// body it was routed to answer it. Both see the sender's contact details and photo; nobody else
// sees the item at all (a viewer of the province reads the published questions on the public page).

type FeedbackPaths = Pick<FeedbackRow, 'site_path' | 'handler_path'>;

/** Routes, publishes and refuses: those who communicate for the site's body. */
export const managesFeedback = (actor: Actor, row: FeedbackPaths) => can(actor, 'communicate', row.site_path);

/** Answers: those who communicate for the body it was routed to (the site's coordinators cover it too). */
export const handlesFeedback = (actor: Actor, row: FeedbackPaths) =>
  row.handler_path !== null && can(actor, 'communicate', row.handler_path);

/** Reads the item, its contact details and its photo: the site's coordinators and the handler's people. */
export const readsFeedback = (actor: Actor, row: FeedbackPaths) =>
  managesFeedback(actor, row) || handlesFeedback(actor, row);

const missing = () => notFound('phản ánh, kiến nghị');

/** An item the actor reads; 404 otherwise (missing and hidden alike). */
export async function loadVisibleFeedback(ctx: Context, id: string) {
  const row = await unsafeFindFeedback(ctx.db, id);
  if (!row || !readsFeedback(ctx.actor, row)) throw missing();
  return row;
}

/** An item the actor manages (route, publish, refuse); 404 otherwise. */
export async function loadManagedFeedback(ctx: Context, id: string) {
  const row = await unsafeFindFeedback(ctx.db, id);
  if (!row || !managesFeedback(ctx.actor, row)) throw missing();
  return row;
}

/** An item the actor answers; 404 otherwise. */
export async function loadHandledFeedback(ctx: Context, id: string) {
  const row = await unsafeFindFeedback(ctx.db, id);
  if (!row || !handlesFeedback(ctx.actor, row)) throw missing();
  return row;
}
