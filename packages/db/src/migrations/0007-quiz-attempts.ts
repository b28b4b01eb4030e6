import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // An attempt draws its own questions (seeded by its id); answers are kept as they are given, so a
  // lost connection resumes where it stopped. The deadline is the server's, never the client's.
  await sql`
    create table quiz_attempts (
      id uuid primary key,
      round_id uuid not null references quiz_rounds(id) on delete cascade,
      participant_id uuid not null references quiz_participants(id) on delete cascade,
      number int not null,
      question_ids jsonb not null,
      started_at timestamptz not null,
      deadline_at timestamptz not null,
      submitted_at timestamptz,
      correct int,
      total int not null,
      prediction int,
      duration_ms int,
      unique (round_id, participant_id, number)
    )`.execute(db);
  await sql`create index quiz_attempts_round_idx on quiz_attempts (round_id) where submitted_at is not null`.execute(
    db,
  );

  await sql`
    create table quiz_answers (
      attempt_id uuid not null references quiz_attempts(id) on delete cascade,
      question_id uuid not null references quiz_questions(id),
      option_keys text[] not null,
      answered_at timestamptz not null default now(),
      primary key (attempt_id, question_id)
    )`.execute(db);
}
