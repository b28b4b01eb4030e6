import { type Kysely, sql } from 'kysely';

// Honours (issue 18): a body nominates itself, a body below it or one of its people; the nomination
// carries the evidence the product already holds (a snapshot taken when it is made: tasks done on
// time, outputs, trainings held, reach) and the nominator's own words; the coordinator above decides
// with a decision number, and a certificate of merit is numbered and issued as PDF. A province may
// publish its list of those honoured (`public_sites.show_honours`).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table honour_nominations (
    id uuid primary key default gen_random_uuid(),
    year integer not null check (year between 2000 and 2100),
    nominating_body_id uuid not null references bodies(id),
    nominee_kind text not null check (nominee_kind in ('body','person')),
    nominee_body_id uuid not null references bodies(id),
    person_name text check (length(person_name) between 1 and 200),
    person_title text not null default '' check (length(person_title) <= 200),
    honour_form text not null default 'certificate_of_merit' check (honour_form in ('certificate_of_merit','higher_award')),
    achievements text not null check (length(achievements) between 1 and 20000),
    evidence jsonb not null default '{}',
    event_id uuid references events(id),
    status text not null default 'submitted' check (status in ('submitted','approved','rejected')),
    deciding_body_id uuid references bodies(id),
    decision_no text check (length(decision_no) between 1 and 100),
    decided_on date,
    decided_by uuid references users(id),
    decision_reason text not null default '' check (length(decision_reason) <= 5000),
    citation text not null default '' check (length(citation) <= 500),
    certificate_no text unique,
    certificate_issued_at timestamptz,
    version integer not null default 1,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    search_text text not null default '',
    check ((nominee_kind = 'person') = (person_name is not null)),
    check (status <> 'approved' or (decision_no is not null and decided_on is not null)),
    check (certificate_no is null or status = 'approved')
  )`.execute(db);
  await sql`create index honour_nominations_nominee_idx on honour_nominations (nominee_body_id, year)`.execute(
    db,
  );
  // A body (or a person of a body) is nominated once a year for one form of honour: a second
  // nomination is a duplicate, refused with 409 even when two nominators send at once.
  await sql`create unique index honour_nominations_once_key on honour_nominations
    (year, nominee_body_id, honour_form, coalesce(lower(person_name), ''))
    where status <> 'rejected'`.execute(db);
  await sql`create sequence honour_certificate_no_seq`.execute(db);
  await sql`alter table public_sites add column show_honours boolean not null default false`.execute(db);
}
