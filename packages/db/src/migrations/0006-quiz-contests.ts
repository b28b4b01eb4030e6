import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Server secrets created on first use (e.g. the key of citizen ID lookups), kept with the data.
  await sql`
    create table app_secrets (
      name text primary key,
      value bytea not null,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table quiz_contests (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references bodies(id),
      title text not null,
      description text not null default '',
      eligible_groups text[] not null,
      topic_quotas jsonb not null,
      time_limit_seconds int not null default 600 check (time_limit_seconds between 60 and 7200),
      attempts_per_round int not null default 7 check (attempts_per_round between 1 and 100),
      prize_tiers jsonb not null default '[]',
      status text not null default 'draft' check (status in ('draft','published')),
      version int not null default 1,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table quiz_rounds (
      id uuid primary key default gen_random_uuid(),
      contest_id uuid not null references quiz_contests(id) on delete cascade,
      number int not null,
      opens_at timestamptz not null,
      closes_at timestamptz not null check (closes_at > opens_at),
      actual_participants int,
      unique (contest_id, number)
    )`.execute(db);

  // A participant is known by an HMAC of the citizen ID (never the number itself) and its mask.
  await sql`
    create table quiz_participants (
      id uuid primary key default gen_random_uuid(),
      contest_id uuid not null references quiz_contests(id) on delete cascade,
      citizen_key text not null,
      citizen_mask text not null,
      full_name text not null,
      phone text not null,
      body_id uuid not null references bodies(id),
      participant_group text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (contest_id, citizen_key)
    )`.execute(db);

  // Organisers are excluded by citizen ID, entered by the organiser and matched by the same key.
  await sql`
    create table quiz_exclusions (
      contest_id uuid not null references quiz_contests(id) on delete cascade,
      citizen_key text not null,
      citizen_mask text not null,
      primary key (contest_id, citizen_key)
    )`.execute(db);
}
