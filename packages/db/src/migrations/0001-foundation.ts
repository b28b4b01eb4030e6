import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table bodies (
      id uuid primary key default gen_random_uuid(),
      parent_id uuid references bodies(id),
      kind text not null check (kind in ('country','province','department','press_agency','pc_office',
        'commune','village','digital_team','school','association','business','other')),
      name text not null check (length(name) between 1 and 300),
      short_names text[] not null default '{}',
      aliases text[] not null default '{}',
      code text unique,
      path text not null unique,
      depth int not null,
      search_key text not null,
      version int not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index bodies_parent_idx on bodies (parent_id)`.execute(db);
  await sql`create index bodies_path_idx on bodies (path text_pattern_ops)`.execute(db);

  await sql`
    create table users (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references bodies(id),
      username text not null unique check (username = lower(username)),
      full_name text not null,
      email text,
      password_hash text not null,
      disabled boolean not null default false,
      failed_sign_ins int not null default 0,
      locked_until timestamptz,
      version int not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index users_body_idx on users (body_id)`.execute(db);

  await sql`
    create table role_grants (
      user_id uuid not null references users(id) on delete cascade,
      role text not null check (role in ('admin','coordinator','focal_point','viewer','broadcaster')),
      scope_body_id uuid not null references bodies(id),
      primary key (user_id, role, scope_body_id)
    )`.execute(db);

  await sql`
    create table sessions (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index sessions_user_idx on sessions (user_id)`.execute(db);

  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor_id uuid references users(id),
      body_id uuid references bodies(id),
      action text not null,
      entity_type text not null,
      entity_id text not null,
      before jsonb,
      after jsonb
    )`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (at desc)`.execute(db);
  await sql`create index audit_log_body_idx on audit_log (body_id)`.execute(db);
  await sql`create index audit_log_actor_idx on audit_log (actor_id)`.execute(db);
}
