import type { Context } from '../../http/context.ts';
import { loadReadableNomination } from './load-nomination.ts';
import { nominationDetail } from './nomination-row.ts';

/** A nomination the actor reads, with its evidence, its decision and what the actor may do (404 otherwise). */
export async function getNomination(ctx: Context, id: string) {
  return nominationDetail(ctx.db, ctx.actor, await loadReadableNomination(ctx, id));
}
