import { type Kysely, sql } from 'kysely';

// Library items on the public homes (issue 17): an item its body chose to publish is shown on the
// public pages of the sites above it, only while it is also approved (the public pages check both,
// so a flag set on a pending or rejected item publishes nothing). Existing items stay staff-only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table library_items add column is_public boolean not null default false`.execute(db);
  // The public pages read only the few items that are public and approved, newest first.
  await sql`create index library_items_public_idx on library_items (created_at desc)
    where is_public and status = 'approved'`.execute(db);
}
