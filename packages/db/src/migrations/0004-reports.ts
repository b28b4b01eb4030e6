import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // An indicator measures a plan target as numerator over denominator, reported by bodies or
  // computed from data the platform holds (e.g. share of task occurrences done on time).
  await sql`
    create table indicators (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans(id),
      position int not null,
      name text not null,
      numerator_label text not null,
      denominator_label text not null,
      unit text not null default '%',
      source text not null default 'reported' check (source in ('reported','computed')),
      computed_kind text check (computed_kind in ('tasks_on_time')),
      target_text text,
      version int not null default 1,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index indicators_plan_idx on indicators (plan_id)`.execute(db);

  await sql`
    create table indicator_targets (
      indicator_id uuid not null references indicators(id) on delete cascade,
      year int not null,
      comparator text not null check (comparator in ('=','>=','<=')),
      value numeric not null,
      primary key (indicator_id, year)
    )`.execute(db);

  await sql`
    create table reporting_periods (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans(id),
      key text not null,
      label text not null,
      kind text not null,
      data_from date not null,
      data_to date not null,
      due_on date not null,
      unique (plan_id, key)
    )`.execute(db);

  await sql`
    create table reports (
      id uuid primary key default gen_random_uuid(),
      period_id uuid not null references reporting_periods(id),
      body_id uuid not null references bodies(id),
      status text not null default 'draft' check (status in ('draft','submitted','returned','accepted')),
      results text not null default '',
      difficulties text not null default '',
      proposals text not null default '',
      submitted_at timestamptz,
      submitted_by uuid references users(id),
      reviewed_at timestamptz,
      reviewed_by uuid references users(id),
      review_comment text,
      version int not null default 1,
      updated_at timestamptz not null default now(),
      unique (period_id, body_id)
    )`.execute(db);

  // Values carry their period and body so the roll-up reads one index, with no join to reports
  // beyond the status filter.
  await sql`
    create table indicator_values (
      report_id uuid not null references reports(id) on delete cascade,
      indicator_id uuid not null references indicators(id),
      period_id uuid not null references reporting_periods(id),
      body_id uuid not null references bodies(id),
      numerator numeric not null check (numerator >= 0),
      denominator numeric not null check (denominator > 0 and numerator <= denominator),
      note text,
      primary key (report_id, indicator_id)
    )`.execute(db);
  await sql`create index indicator_values_rollup_idx on indicator_values (indicator_id, period_id)`.execute(
    db,
  );
}
