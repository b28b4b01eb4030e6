import { type Actor, can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { type CaseRow, unsafeFindCase } from './case-row.ts';

// Who may do what with a report of false information: the one home of these rules. A case belongs to
// a province (its site); the site's people assign it to the body that triages it (the culture
// department); that body's people handle it — verdict, verification, correction, bulletins, closing.
// The body whose staff reported it follows it. Contact details given by a citizen are for the site's
// people and the handler only.

type CasePaths = Pick<CaseRow, 'site_path' | 'handler_path' | 'reporter_path'>;

/** The path of the body that handles the case: its handler, or the site itself until assigned. */
const handlingPath = (row: CasePaths) => row.handler_path ?? row.site_path;

/** Reads the case: readers of the site, of the handler, or of the reporting body. */
export const readsCase = (actor: Actor, row: CasePaths) =>
  can(actor, 'readBody', row.site_path) ||
  (row.handler_path !== null && can(actor, 'readBody', row.handler_path)) ||
  (row.reporter_path !== null && can(actor, 'readBody', row.reporter_path));

/** Assigns the case (and reassigns it while it is verified): those who communicate for the site. */
export const assignsCase = (actor: Actor, row: CasePaths) => can(actor, 'communicate', row.site_path);

/**
 * Handles the case — triage, the response, the priority bulletins, closing: those who communicate for
 * the handling body (which lies in the site, so the site's people may too). The bulletins are the
 * exception to `broadcast`: the culture department's focal point holds no broadcasting right over the
 * communes, yet sending a published correction to their loudspeakers is the response the handling was
 * given to it for. Only that correction's text goes, and only to the site's communes
 * (send-correction-bulletins.ts).
 */
export const handlesCase = (actor: Actor, row: CasePaths) => can(actor, 'communicate', handlingPath(row));

/** Sees the reporter's contact details: the site's people and the handler's. */
export const seesContact = (actor: Actor, row: CasePaths) =>
  assignsCase(actor, row) || handlesCase(actor, row);

const missing = () => notFound('vụ việc tin sai sự thật');

/** A case the actor reads; 404 otherwise (missing and hidden alike). */
export async function loadVisibleCase(ctx: Context, id: string) {
  const row = await unsafeFindCase(ctx.db, id);
  if (!row || !readsCase(ctx.actor, row)) throw missing();
  return row;
}

/** A case the actor may assign; 404 otherwise. */
export async function loadAssignableCase(ctx: Context, id: string) {
  const row = await unsafeFindCase(ctx.db, id);
  if (!row || !assignsCase(ctx.actor, row)) throw missing();
  return row;
}

/** A case the actor handles; 404 otherwise. */
export async function loadHandledCase(ctx: Context, id: string) {
  const row = await unsafeFindCase(ctx.db, id);
  if (!row || !handlesCase(ctx.actor, row)) throw missing();
  return row;
}
