import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per person and event; `dedupe_key` makes a repeated reminder scan a no-op.
  await sql`
    create table notifications (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      kind text not null,
      title text not null,
      body text not null,
      link text,
      dedupe_key text not null,
      created_at timestamptz not null default now(),
      read_at timestamptz,
      emailed_at timestamptz,
      unique (user_id, dedupe_key)
    )`.execute(db);
  await sql`create index notifications_user_idx on notifications (user_id, created_at desc)`.execute(db);
}
