import { type Database, searchBodies } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { loadPublishedContest } from './load-published-contest.ts';

/** Bodies a participant may name (the organiser's subtree), for the registration form. */
export async function searchContestBodies(db: Kysely<Database>, contestId: string, query: string) {
  const contest = await loadPublishedContest(db, contestId);
  const rows = await searchBodies(db, query, [contest.organiser_path], 20);
  return rows.map((b) => ({ id: b.id, name: b.name, kind: b.kind }));
}
