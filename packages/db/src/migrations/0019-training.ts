import { type Kysely, sql } from 'kysely';

// Training, briefings and community digital teams (issue 15): the records behind the targets "70 %
// of communication staff trained", "80 % of digital-team members trained", "100 % of officials
// informed". The people who count are per body and audience: named (roster_people) where the plan
// names them, counted (audience_headcounts, by year) where it does not. A digital team is a body of
// the tree (kind digital_team under its village): its members are its roster, its log team_activities. A course is a training
// (participants named, nominated against a quota, attendance taken) or a briefing (attendance
// counted per body); either feeds two new computed indicators bound to one audience.
export async function up(db: Kysely<unknown>): Promise<void> {
  const names = `'communication_staff','grassroots_info_staff','officials','party_members','digital_team','students','citizens'`;
  const audiences = sql.raw(`(${names})`);
  const audienceArray = sql.raw(`array[${names}]::text[]`);

  await sql`create table roster_people (
    id uuid primary key default gen_random_uuid(),
    body_id uuid not null references bodies(id),
    audience text not null check (audience in ${audiences}),
    full_name text not null check (length(full_name) between 1 and 200),
    role_title text not null default '',
    phone text check (phone ~ '^[+]84[0-9]{9}$'),
    village text not null default '',
    leads_team boolean not null default false,
    trained_at timestamptz,
    joined_on date,
    left_on date,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    check (left_on is null or joined_on is null or left_on >= joined_on),
    check (not leads_team or audience = 'digital_team')
  )`.execute(db);
  // A phone names one present member of a body's roster for an audience: the key attendance by QR
  // finds a participant by, and what keeps an Excel import from adding someone twice.
  await sql`create unique index roster_people_phone_key on roster_people (body_id, audience, phone)
    where phone is not null and left_on is null`.execute(db);
  await sql`create index roster_people_body_idx on roster_people (body_id, audience)`.execute(db);
  // A community digital team is a body (kind digital_team, under its village, under its commune:
  // the tree the demo and the units import already hold); its members are that body's people, and
  // one present member leads it.
  await sql`create unique index roster_people_team_leader_key on roster_people (body_id)
    where leads_team and left_on is null`.execute(db);

  await sql`create table audience_headcounts (
    body_id uuid not null references bodies(id),
    audience text not null check (audience in ${audiences}),
    year integer not null check (year between 2000 and 2100),
    headcount integer not null check (headcount >= 0),
    updated_at timestamptz not null default now(),
    primary key (body_id, audience, year)
  )`.execute(db);

  await sql`create table team_activities (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references bodies(id),
    happened_on date not null,
    what text not null check (length(what) between 1 and 2000),
    citizens_helped integer not null default 0 check (citizens_helped between 0 and 100000),
    photo_file_id uuid references files(id),
    recorded_by uuid references users(id),
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index team_activities_team_idx on team_activities (team_id, happened_on)`.execute(db);

  await sql`create table courses (
    id uuid primary key default gen_random_uuid(),
    organiser_body_id uuid not null references bodies(id),
    kind text not null check (kind in ('training','briefing')),
    topic text not null check (length(topic) between 1 and 500),
    audiences text[] not null check (cardinality(audiences) > 0 and audiences <@ ${audienceArray}),
    starts_on date not null,
    ends_on date not null,
    place text not null default '',
    online_link text not null default '',
    task_id uuid references tasks(id),
    version integer not null default 1,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    check (ends_on >= starts_on)
  )`.execute(db);
  await sql`create index courses_organiser_idx on courses (organiser_body_id, starts_on)`.execute(db);

  await sql`create table course_quotas (
    course_id uuid not null references courses(id) on delete cascade,
    body_id uuid not null references bodies(id),
    quota integer not null check (quota between 1 and 10000),
    primary key (course_id, body_id)
  )`.execute(db);
  await sql`create index course_quotas_body_idx on course_quotas (body_id)`.execute(db);

  // A participant of a training: nominated by a body from its roster, then present (by QR, ticked
  // by the organiser, or imported), then certified. One row per person and course: the same person
  // scanning twice counts once.
  await sql`create table course_participants (
    id uuid primary key default gen_random_uuid(),
    course_id uuid not null references courses(id),
    person_id uuid not null references roster_people(id),
    body_id uuid not null references bodies(id),
    nominated_by uuid references users(id),
    nominated_at timestamptz not null default now(),
    attended_at timestamptz,
    attendance_method text check (attendance_method in ('qr','ticked','imported')),
    certificate_no text unique,
    certificate_issued_at timestamptz,
    unique (course_id, person_id),
    check ((attended_at is null) = (attendance_method is null)),
    check (certificate_no is null or attended_at is not null)
  )`.execute(db);
  // Certificate numbers run on one sequence: never reused, never two alike under concurrent issuing.
  await sql`create sequence certificate_no_seq`.execute(db);
  await sql`create index course_participants_person_idx on course_participants (person_id)`.execute(db);

  // When each person was first present at a training, kept by the database itself on every change of
  // attendance (QR, tick, import, withdrawal): "trained" is read for a whole country's rosters (166,000
  // people) from this one column, where joining their attendance took 0.5 s.
  await sql`create function roster_person_trained_at(person uuid) returns timestamptz
    language sql stable as $$
      select min(participant.attended_at) from course_participants participant
      join courses course on course.id = participant.course_id
      where participant.person_id = person and course.kind = 'training'
    $$`.execute(db);
  await sql`create function refresh_trained_at() returns trigger language plpgsql as $$
    begin
      -- The person a row left (deleted, or moved to another person); the person it has, once.
      if tg_op = 'DELETE' or (tg_op = 'UPDATE' and old.person_id <> new.person_id) then
        update roster_people set trained_at = roster_person_trained_at(old.person_id) where id = old.person_id;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        update roster_people set trained_at = roster_person_trained_at(new.person_id) where id = new.person_id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger course_participants_trained_at
    after insert or delete or update of attended_at, person_id on course_participants
    for each row execute function refresh_trained_at()`.execute(db);

  // A briefing's attendance, counted per body and audience (people are often counted, not named).
  await sql`create table course_attendance_counts (
    course_id uuid not null references courses(id),
    body_id uuid not null references bodies(id),
    audience text not null check (audience in ${audiences}),
    attended integer not null check (attended between 0 and 1000000),
    updated_at timestamptz not null default now(),
    primary key (course_id, body_id, audience)
  )`.execute(db);
  await sql`create index course_attendance_counts_body_idx on course_attendance_counts (body_id, audience)`.execute(
    db,
  );

  // Two computed indicators bound to one audience: the share of its people trained, and informed.
  await sql`alter table indicators add column computed_audience text check (computed_audience in ${audiences})`.execute(
    db,
  );
  await sql`alter table indicators drop constraint indicators_computed_kind_check`.execute(db);
  await sql`alter table indicators add constraint indicators_computed_kind_check
    check (computed_kind in ('tasks_on_time','broadcast_reach','plans_issued','audience_trained','audience_informed'))`.execute(
    db,
  );
  await sql`alter table indicators add constraint indicators_audience_binding_check
    check ((computed_kind in ('audience_trained','audience_informed')) = (computed_audience is not null))`.execute(
    db,
  );
}
