import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors.ts';

/**
 * A contest the public may see (published), with its organiser's path (the subtree its participants
 * name their body in); 404 otherwise, a draft looking like a missing contest.
 */
export async function loadPublishedContest(db: Kysely<Database>, contestId: string) {
  const contest = await db
    .selectFrom('quiz_contests as contest')
    .innerJoin('bodies as organiser', 'organiser.id', 'contest.body_id')
    .selectAll('contest')
    .select('organiser.path as organiser_path')
    .where('contest.id', '=', contestId)
    .where('contest.status', '=', 'published')
    .executeTakeFirst();
  if (!contest) throw notFound('cuộc thi');
  return contest;
}
