import { type Kysely, sql } from 'kysely';

// The public section (issue 17): a body's public home, the registry of state-funded science and
// technology tasks disclosed to the public, problems published for scientists and their proposals,
// citizens' feedback with a receipt code, and reports of false information with their handling.
// Records a citizen sends keep their contact details in their own columns so public pages and
// exports can leave them out by construction. The lists are written out as they stand today.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A province has a public home unless it turns it off; a commune has one when it turns it on.
  await sql`create table public_sites (
    body_id uuid primary key references bodies(id),
    enabled boolean not null,
    intro text not null default '' check (length(intro) <= 2000),
    feedback_days integer not null default 15 check (feedback_days between 1 and 90),
    version integer not null default 1,
    updated_by uuid references users(id),
    updated_at timestamptz not null default now()
  )`.execute(db);

  await sql`create table science_tasks (
    id uuid primary key default gen_random_uuid(),
    body_id uuid not null references bodies(id),
    code text not null check (length(code) between 1 and 60),
    title text not null check (length(title) between 1 and 1000),
    level text not null check (level in ('national','ministry','province','grassroots')),
    host_organisation text not null default '' check (length(host_organisation) <= 500),
    lead_scientist text not null default '' check (length(lead_scientist) <= 300),
    budget_vnd bigint check (budget_vnd >= 0),
    starts_on date,
    ends_on date,
    status text not null check (status in ('approved','in_progress','accepted','applied','stopped')),
    results text not null default '' check (length(results) <= 10000),
    summary text not null default '' check (length(summary) <= 5000),
    is_secret boolean not null default false,
    published_at timestamptz,
    search_text text not null default '',
    version integer not null default 1,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    unique (body_id, code),
    check (ends_on is null or starts_on is null or ends_on >= starts_on),
    check (not (is_secret and published_at is not null))
  )`.execute(db);
  await sql`create index science_tasks_public_idx on science_tasks (published_at) where published_at is not null`.execute(
    db,
  );
  await sql`create table science_task_files (
    id uuid primary key default gen_random_uuid(),
    science_task_id uuid not null references science_tasks(id) on delete cascade,
    file_id uuid not null references files(id),
    created_at timestamptz not null default now()
  )`.execute(db);

  await sql`create table science_problems (
    id uuid primary key default gen_random_uuid(),
    body_id uuid not null references bodies(id),
    title text not null check (length(title) between 1 and 500),
    holder text not null check (length(holder) between 1 and 500),
    needs text not null check (length(needs) between 1 and 10000),
    expected text not null default '' check (length(expected) <= 5000),
    deadline date not null,
    status text not null default 'draft' check (status in ('draft','open','closed')),
    published_at timestamptz,
    outcome text not null default '' check (length(outcome) <= 5000),
    search_text text not null default '',
    version integer not null default 1,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    check ((status = 'draft') = (published_at is null))
  )`.execute(db);
  await sql`create table science_proposals (
    id uuid primary key default gen_random_uuid(),
    problem_id uuid not null references science_problems(id),
    code text not null unique,
    organisation text not null default '' check (length(organisation) <= 500),
    contact_name text not null check (length(contact_name) between 1 and 200),
    email text check (length(email) <= 320),
    phone text check (length(phone) <= 20),
    summary text not null check (length(summary) between 1 and 10000),
    consent boolean not null check (consent),
    status text not null default 'received' check (status in ('received','shortlisted','not_selected','selected')),
    review_note text not null default '' check (length(review_note) <= 5000),
    reviewed_by uuid references users(id),
    reviewed_at timestamptz,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    check (email is not null or phone is not null)
  )`.execute(db);
  await sql`create index science_proposals_problem_idx on science_proposals (problem_id)`.execute(db);
  await sql`create table science_proposal_files (
    id uuid primary key default gen_random_uuid(),
    proposal_id uuid not null references science_proposals(id) on delete cascade,
    file_id uuid not null references files(id),
    created_at timestamptz not null default now()
  )`.execute(db);

  await sql`create table feedback (
    id uuid primary key default gen_random_uuid(),
    code text not null unique,
    site_body_id uuid not null references bodies(id),
    handler_body_id uuid references bodies(id),
    topic text not null check (topic in
      ('policy','public_services','digital_transformation','science_technology','innovation','other')),
    text text not null check (length(text) between 1 and 5000),
    photo_file_id uuid references files(id),
    place text not null default '' check (length(place) <= 300),
    place_body_id uuid references bodies(id),
    contact_name text not null default '' check (length(contact_name) <= 200),
    contact_phone text check (length(contact_phone) <= 20),
    contact_email text check (length(contact_email) <= 320),
    status text not null default 'received' check (status in ('received','routed','answered','published','rejected')),
    routed_at timestamptz,
    due_on date,
    answer text not null default '' check (length(answer) <= 10000),
    answered_by uuid references users(id),
    answered_at timestamptz,
    public_question text not null default '' check (length(public_question) <= 5000),
    public_answer text not null default '' check (length(public_answer) <= 10000),
    published_at timestamptz,
    moderation_reason text not null default '' check (length(moderation_reason) <= 2000),
    moderated_by uuid references users(id),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    check ((status = 'published') = (published_at is not null))
  )`.execute(db);
  await sql`create index feedback_site_idx on feedback (site_body_id, status)`.execute(db);
  await sql`create index feedback_handler_idx on feedback (handler_body_id, status) where handler_body_id is not null`.execute(
    db,
  );

  await sql`create table misinformation_reports (
    id uuid primary key default gen_random_uuid(),
    code text not null unique,
    site_body_id uuid not null references bodies(id),
    handler_body_id uuid references bodies(id),
    reporter_body_id uuid references bodies(id),
    reported_by uuid references users(id),
    link text not null default '' check (length(link) <= 2000),
    screenshot_file_id uuid references files(id),
    seen_where text not null check (seen_where in
      ('facebook','tiktok','youtube','zalo','website','press','other')),
    description text not null check (length(description) between 1 and 5000),
    contact_name text not null default '' check (length(contact_name) <= 200),
    contact_phone text check (length(contact_phone) <= 20),
    contact_email text check (length(contact_email) <= 320),
    status text not null default 'new' check (status in ('new','verifying','responded','closed')),
    verdict text check (verdict in ('false','misleading','hostile','not_false')),
    verification text not null default '' check (length(verification) <= 10000),
    response text not null default '' check (length(response) <= 10000),
    correction_title text not null default '' check (length(correction_title) <= 500),
    correction_text text not null default '' check (length(correction_text) <= 10000),
    correction_published_at timestamptz,
    -- The priority bulletins sent in one step, one per affected commune.
    bulletin_ids uuid[] not null default '{}',
    platform_notified_at timestamptz,
    platform_note text not null default '' check (length(platform_note) <= 2000),
    triaged_by uuid references users(id),
    triaged_at timestamptz,
    closed_at timestamptz,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    check (link <> '' or screenshot_file_id is not null)
  )`.execute(db);
  await sql`create index misinformation_site_idx on misinformation_reports (site_body_id, status)`.execute(
    db,
  );

  await sql`alter table indicators drop constraint indicators_computed_kind_check`.execute(db);
  await sql`alter table indicators add constraint indicators_computed_kind_check
    check (computed_kind in ('tasks_on_time','broadcast_reach','plans_issued','audience_trained','audience_informed',
      'channels_active','outputs_local','outputs_commissioned','stations_rebroadcast','science_disclosed'))`.execute(
    db,
  );
}
