import type { Context } from '../../http/context.ts';
import { getRoundResults } from './get-round-results.ts';
import { loadContestForOrganiser } from './load-contest-for-organiser.ts';

/** A closed round's results for its organiser (the same figures as the published results page). */
export async function getOrganiserRoundResults(ctx: Context, contestId: string, roundNumber: number) {
  await loadContestForOrganiser(ctx, contestId);
  return getRoundResults(ctx.db, contestId, roundNumber);
}
