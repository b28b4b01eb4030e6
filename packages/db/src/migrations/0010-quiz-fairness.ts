import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // An exclusion applies to the rounds that settle after it is recorded, so a round's ranking is
  // the same whenever it is first computed. Exclusions made before this column existed apply to
  // every round, as they were meant to.
  await sql`alter table quiz_exclusions add column created_at timestamptz not null default '1970-01-01T00:00:00Z'`.execute(
    db,
  );
  await sql`alter table quiz_exclusions alter column created_at set default now()`.execute(db);

  // A round's results as first published after it settled (ranking, winners, tallies, names as they
  // were): what the public and the organiser see from then on, whatever changes later.
  await sql`
    create table quiz_round_results (
      round_id uuid primary key references quiz_rounds(id) on delete cascade,
      results jsonb not null,
      published_at timestamptz not null
    )`.execute(db);
}
