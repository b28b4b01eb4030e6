import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Uploaded files live in the database: one backup, the same on both engines, scoped by body.
  await sql`
    create table files (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references bodies(id),
      name text not null,
      media_type text not null,
      size int not null,
      sha256 text not null,
      content bytea not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);

  // Background jobs, claimed with FOR UPDATE SKIP LOCKED so several workers never take the same one.
  await sql`
    create table jobs (
      id bigint generated always as identity primary key,
      kind text not null,
      payload jsonb not null,
      status text not null default 'queued' check (status in ('queued','running','done','failed')),
      progress int not null default 0,
      attempts int not null default 0,
      max_attempts int not null default 3,
      run_after timestamptz not null default now(),
      locked_at timestamptz,
      error text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index jobs_queued_idx on jobs (run_after) where status = 'queued'`.execute(db);

  await sql`
    create table plans (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references bodies(id),
      number text,
      kind text,
      title text not null,
      issued_on text,
      level text,
      start_year int not null,
      end_year int not null,
      parent_plan_id uuid references plans(id),
      extract jsonb not null,
      current_version int not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1
    )`.execute(db);
  await sql`create index plans_body_idx on plans (body_id)`.execute(db);

  await sql`
    create table plan_imports (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references bodies(id),
      file_id uuid not null references files(id),
      status text not null default 'queued' check (status in ('queued','parsing','ready','failed','published')),
      progress int not null default 0,
      error text,
      text text,
      extract jsonb,
      mapping jsonb,
      plan_id uuid references plans(id),
      amends_plan_id uuid references plans(id),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1
    )`.execute(db);
  await sql`create index plan_imports_body_idx on plan_imports (body_id)`.execute(db);

  await sql`
    create table plan_versions (
      plan_id uuid not null references plans(id),
      version_no int not null,
      extract jsonb not null,
      reason text,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      primary key (plan_id, version_no)
    )`.execute(db);

  await sql`
    create table targets (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans(id),
      position int not null,
      year int,
      comparator text not null check (comparator in ('=','>=','<=')),
      value numeric not null,
      unit text not null,
      text text not null
    )`.execute(db);
  await sql`create index targets_plan_idx on targets (plan_id)`.execute(db);

  await sql`
    create table tasks (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans(id),
      position int not null,
      ref text not null,
      title text not null,
      timeframe jsonb,
      since_version int not null default 1,
      removed_in_version int
    )`.execute(db);
  await sql`create index tasks_plan_idx on tasks (plan_id)`.execute(db);

  await sql`
    create table assignments (
      id uuid primary key default gen_random_uuid(),
      task_id uuid not null references tasks(id),
      body_id uuid not null references bodies(id),
      role text not null check (role in ('lead','partner')),
      written_as text not null,
      since_version int not null default 1,
      removed_in_version int,
      unique (task_id, body_id, role)
    )`.execute(db);
  await sql`create index assignments_body_idx on assignments (body_id)`.execute(db);

  await sql`
    create table occurrences (
      id uuid primary key default gen_random_uuid(),
      assignment_id uuid not null references assignments(id),
      due_on date not null,
      label text not null,
      kind text not null,
      completed_on date,
      note text,
      version int not null default 1,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now(),
      unique (assignment_id, due_on)
    )`.execute(db);
  await sql`create index occurrences_due_idx on occurrences (due_on)`.execute(db);

  await sql`
    create table evidence (
      id uuid primary key default gen_random_uuid(),
      occurrence_id uuid not null references occurrences(id),
      url text,
      file_id uuid references files(id),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      check ((url is null) <> (file_id is null))
    )`.execute(db);
  await sql`create index evidence_occurrence_idx on evidence (occurrence_id)`.execute(db);
}
