import { type Kysely, sql } from 'kysely';

// The budget (issue 18): a body's estimate for a plan and a year, in lines per task and funding
// source (state budget by level, socialised, other lawful sources), on its way body → the department
// that consolidates (S&T or culture) → the finance department, which appraises each line (approved,
// reduced or refused, with a reason) → the allocation; spending is recorded against a line. Amounts
// are whole đồng.
export async function up(db: Kysely<unknown>): Promise<void> {
  const sources = sql.raw(`('central_budget','provincial_budget','commune_budget','socialised','other')`);
  await sql`create table budget_estimates (
    id uuid primary key default gen_random_uuid(),
    body_id uuid not null references bodies(id),
    plan_id uuid not null references plans(id),
    year integer not null check (year between 2000 and 2100),
    status text not null default 'draft'
      check (status in ('draft','submitted','consolidated','appraised','allocated')),
    note text not null default '' check (length(note) <= 5000),
    return_reason text not null default '' check (length(return_reason) <= 5000),
    submitted_at timestamptz,
    consolidated_at timestamptz,
    consolidated_by uuid references users(id),
    appraised_at timestamptz,
    appraised_by uuid references users(id),
    allocated_at timestamptz,
    allocation_decision text check (length(allocation_decision) between 1 and 200),
    version integer not null default 1,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    unique (body_id, plan_id, year)
  )`.execute(db);

  await sql`create table budget_lines (
    id uuid primary key default gen_random_uuid(),
    estimate_id uuid not null references budget_estimates(id) on delete cascade,
    task_id uuid references tasks(id),
    source text not null check (source in ${sources}),
    description text not null check (length(description) between 1 and 1000),
    estimated bigint not null check (estimated between 0 and 1000000000000000),
    appraisal text check (appraisal in ('approved','reduced','refused')),
    approved bigint check (approved between 0 and 1000000000000000),
    appraisal_reason text not null default '' check (length(appraisal_reason) <= 2000),
    allocated bigint check (allocated between 0 and 1000000000000000),
    position integer not null default 0,
    check (approved is null or approved <= estimated),
    check (appraisal is null or approved is not null),
    check (appraisal <> 'reduced' or (approved < estimated and length(appraisal_reason) > 0)),
    check (appraisal <> 'refused' or (approved = 0 and length(appraisal_reason) > 0))
  )`.execute(db);
  await sql`create index budget_lines_estimate_idx on budget_lines (estimate_id, position)`.execute(db);
  await sql`create index budget_lines_task_idx on budget_lines (task_id) where task_id is not null`.execute(
    db,
  );

  await sql`create table budget_spending (
    id uuid primary key default gen_random_uuid(),
    line_id uuid not null references budget_lines(id) on delete cascade,
    spent_on date not null,
    amount bigint not null check (amount between 1 and 1000000000000000),
    note text not null default '' check (length(note) <= 2000),
    recorded_by uuid references users(id),
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index budget_spending_line_idx on budget_spending (line_id, spent_on)`.execute(db);
}
