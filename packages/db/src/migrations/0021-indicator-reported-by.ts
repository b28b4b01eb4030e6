import { type Kysely, sql } from 'kysely';

// The kinds of body that report an indicator (issue 20): a commune is not asked for the province's
// S&T tasks, a press agency not for the population reached. Empty: every body the plan assigns work
// to, which is what every indicator meant before. The kinds are written out as they stand today: a
// migration is history, not a copy of the current list.
export async function up(db: Kysely<unknown>): Promise<void> {
  const kinds = sql.raw(
    `array['country','province','department','press_agency','pc_office','commune','village','digital_team','school','association','business','other']::text[]`,
  );
  await sql`alter table indicators add column reported_by text[] not null default '{}'
    check (reported_by <@ ${kinds})`.execute(db);
}
