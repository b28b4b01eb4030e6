import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { unsafeFindScienceProblem } from './science-problem-row.ts';

const missing = () => notFound('đặt hàng khoa học và công nghệ');

/** A problem of a body the actor reads; 404 otherwise. */
export async function loadVisibleScienceProblem(ctx: Context, id: string) {
  const row = await unsafeFindScienceProblem(ctx.db, id);
  if (!row || !can(ctx.actor, 'readBody', row.body_path)) throw missing();
  return row;
}

/**
 * A problem of a body the actor communicates for (to change, publish or close it, and to read and
 * review its proposals with their contact details); 404 otherwise.
 */
export async function loadManagedScienceProblem(ctx: Context, id: string) {
  const row = await unsafeFindScienceProblem(ctx.db, id);
  if (!row || !can(ctx.actor, 'communicate', row.body_path)) throw missing();
  return row;
}
