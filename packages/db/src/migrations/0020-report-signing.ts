import { type Kysely, sql } from 'kysely';

// Who signs a body's consolidated report and to whom it goes (issue 20): chosen once by the body's
// coordinator and remembered, so the next period's draft carries the Director's name (or "KT. GIÁM ĐỐC"
// and a deputy's) and the body's own recipients instead of the person who happens to draft it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table report_signings (
    body_id uuid primary key references bodies(id) on delete cascade,
    signer_title text not null,
    signer_name text not null,
    recipients text[] not null default '{}',
    updated_by uuid references users(id),
    updated_at timestamptz not null default now()
  )`.execute(db);
}
