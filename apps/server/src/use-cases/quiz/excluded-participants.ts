import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** Those of the participants whose citizen ID the organiser has excluded (at any time until now). */
export async function excludedAmong(db: Kysely<Database>, participantIds: string[]): Promise<Set<string>> {
  if (participantIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('quiz_participants as participant')
    .innerJoin('quiz_exclusions as exclusion', (join) =>
      join
        .onRef('exclusion.contest_id', '=', 'participant.contest_id')
        .onRef('exclusion.citizen_key', '=', 'participant.citizen_key'),
    )
    .select('participant.id')
    .where('participant.id', 'in', [...new Set(participantIds)])
    .execute();
  return new Set(rows.map((r) => r.id));
}
