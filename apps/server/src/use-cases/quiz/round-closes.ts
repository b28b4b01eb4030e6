import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** The close of each round (ms since the epoch), by round id. */
export async function roundCloses(db: Kysely<Database>, roundIds: string[]): Promise<Map<string, number>> {
  if (roundIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('quiz_rounds')
    .select(['id', 'closes_at'])
    .where('id', 'in', [...new Set(roundIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.closes_at.getTime()]));
}
