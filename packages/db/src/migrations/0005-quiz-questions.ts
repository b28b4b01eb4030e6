import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The question bank of a contest organiser (a body); `code` is the key that lets an Excel file
  // be exported, edited and imported again without duplicating questions.
  await sql`
    create table quiz_questions (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references bodies(id),
      code text not null,
      topic text not null,
      difficulty int not null check (difficulty between 1 and 3),
      text text not null,
      explanation text not null default '',
      options jsonb not null,
      active boolean not null default true,
      version int not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (body_id, code)
    )`.execute(db);
  await sql`create index quiz_questions_topic_idx on quiz_questions (body_id, topic)`.execute(db);
}
