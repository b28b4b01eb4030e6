import { type Kysely, sql } from 'kysely';

// Events (issue 18): the festival on 1/10, conferences, workshops, exhibitions, press briefings and
// ceremonies, with the bodies invited and their answers, the people who came counted per body and
// audience (they are informed, like at a briefing), the models and products showcased, and the
// coverage (outputs of the register). A body's event for a key day hangs under the event of the
// body above for the same day (`parent_event_id`): the province's event asks the bodies of some kinds
// below it to hold one (`requires_kinds`), which creates their shells, and counts them like reports.
export async function up(db: Kysely<unknown>): Promise<void> {
  const audiences = sql.raw(
    `('communication_staff','grassroots_info_staff','officials','party_members','digital_team','students','citizens')`,
  );
  await sql`create table events (
    id uuid primary key default gen_random_uuid(),
    organiser_body_id uuid not null references bodies(id),
    kind text not null check (kind in ('festival','conference','workshop','exhibition','press_briefing','ceremony')),
    title text not null check (length(title) between 1 and 500),
    key_day text check (key_day in ('science_day','innovation_day','digital_day')),
    year integer not null check (year between 2000 and 2100),
    starts_on date not null,
    ends_on date not null,
    place text not null default '' check (length(place) <= 500),
    programme text not null default '' check (length(programme) <= 20000),
    task_id uuid references tasks(id),
    parent_event_id uuid references events(id),
    requires_kinds text[] not null default '{}',
    status text not null default 'planned' check (status in ('planned','held','cancelled')),
    results_note text not null default '' check (length(results_note) <= 20000),
    held_at timestamptz,
    -- The folded title, place and programme (foldVietnamese), for the list's search without diacritics.
    search_text text not null default '',
    version integer not null default 1,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    check (ends_on >= starts_on),
    check ((status = 'held') = (held_at is not null))
  )`.execute(db);
  await sql`create index events_organiser_idx on events (organiser_body_id, starts_on)`.execute(db);
  // The calendar and the linking of a body's key-day event to the event above it read by day and year.
  await sql`create index events_key_day_idx on events (key_day, year) where key_day is not null`.execute(db);
  await sql`create index events_parent_idx on events (parent_event_id) where parent_event_id is not null`.execute(
    db,
  );
  // One event of a body under one parent event: the calendar creates each body's shell once, even when
  // two coordinators ask at the same moment.
  await sql`create unique index events_shell_key on events (parent_event_id, organiser_body_id)
    where parent_event_id is not null`.execute(db);

  await sql`create table event_invitations (
    event_id uuid not null references events(id) on delete cascade,
    body_id uuid not null references bodies(id),
    response text not null default 'pending' check (response in ('pending','confirmed','declined')),
    attendees_expected integer check (attendees_expected between 0 and 100000),
    responded_by uuid references users(id),
    responded_at timestamptz,
    invited_at timestamptz not null default now(),
    primary key (event_id, body_id)
  )`.execute(db);
  await sql`create index event_invitations_body_idx on event_invitations (body_id)`.execute(db);

  // The people who came, counted per body and audience: informed in the event's year (read with the
  // briefings' counts by the computed indicator audience_informed).
  await sql`create table event_attendance_counts (
    event_id uuid not null references events(id) on delete cascade,
    body_id uuid not null references bodies(id),
    audience text not null check (audience in ${audiences}),
    attended integer not null check (attended between 0 and 1000000),
    updated_at timestamptz not null default now(),
    primary key (event_id, body_id, audience)
  )`.execute(db);
  await sql`create index event_attendance_counts_body_idx on event_attendance_counts (body_id, audience)`.execute(
    db,
  );

  await sql`create table event_models (
    id uuid primary key default gen_random_uuid(),
    event_id uuid not null references events(id) on delete cascade,
    title text not null check (length(title) between 1 and 500),
    presenter_kind text not null check (presenter_kind in ('body','business','other')),
    presenter_body_id uuid references bodies(id),
    presenter_name text not null default '' check (length(presenter_name) <= 500),
    description text not null default '' check (length(description) <= 5000),
    photo_file_id uuid references files(id),
    -- A small webp of the photo (inside 480×480) for the event page's list, so a phone does not
    -- download every photo whole.
    thumbnail_file_id uuid references files(id),
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    check ((presenter_kind = 'body') = (presenter_body_id is not null)),
    check (presenter_kind = 'body' or length(presenter_name) > 0)
  )`.execute(db);
  await sql`create index event_models_event_idx on event_models (event_id)`.execute(db);

  await sql`create table event_coverage (
    event_id uuid not null references events(id) on delete cascade,
    -- An output taken out of the register leaves the event's coverage with it.
    output_id uuid not null references outputs(id) on delete cascade,
    added_by uuid references users(id),
    added_at timestamptz not null default now(),
    primary key (event_id, output_id)
  )`.execute(db);
  await sql`create index event_coverage_output_idx on event_coverage (output_id)`.execute(db);
}
