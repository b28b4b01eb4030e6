import { type Database, searchBodies } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors.ts';

/** Bodies a participant may name (the organiser's subtree), for the registration form. */
export async function searchContestBodies(db: Kysely<Database>, contestId: string, query: string) {
  const contest = await db
    .selectFrom('quiz_contests as contest')
    .innerJoin('bodies as organiser', 'organiser.id', 'contest.body_id')
    .select(['organiser.path'])
    .where('contest.id', '=', contestId)
    .where('contest.status', '=', 'published')
    .executeTakeFirst();
  if (!contest) throw notFound('cuộc thi');
  const rows = await searchBodies(db, query, [contest.path], 20);
  return rows.map((b) => ({ id: b.id, name: b.name, kind: b.kind }));
}
