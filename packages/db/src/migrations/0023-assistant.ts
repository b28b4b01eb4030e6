import { type Kysely, sql } from 'kysely';

// The assistant for commune stations (issue 19). Reference documents a coordinator uploads (the
// resolution, the national programme, the province's action programme) with their text; the
// knowledge the assistant may quote, cut into passages: one source row per document it was cut
// from (a published plan, an approved library item with text, a bulletin, a reference document),
// with the fingerprint of what was cut so that a changed source is cut again, and its passages
// with their section, page and search terms (folded syllables, their pairs, abbreviations and
// document symbols) under a GIN index; a body's pronunciation list, which the speech normaliser
// reads before its own rules; and, on a bulletin drafted by the assistant, which source each
// sentence came from (copied, so that the link outlives a source cut again).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table reference_documents (
    id uuid primary key default gen_random_uuid(),
    body_id uuid not null references bodies(id),
    title text not null check (length(title) between 1 and 500),
    symbol text not null default '' check (length(symbol) <= 100),
    file_id uuid not null references files(id),
    text text not null,
    pages integer,
    version integer not null default 1,
    created_by uuid references users(id),
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index reference_documents_body_idx on reference_documents (body_id)`.execute(db);

  await sql`create table knowledge_sources (
    id uuid primary key default gen_random_uuid(),
    kind text not null check (kind in ('plan','library_item','bulletin','reference')),
    source_id uuid not null,
    fingerprint text not null,
    title text not null,
    indexed_at timestamptz not null default now(),
    unique (kind, source_id)
  )`.execute(db);

  await sql`create table knowledge_passages (
    id uuid primary key default gen_random_uuid(),
    knowledge_source_id uuid not null references knowledge_sources(id) on delete cascade,
    position integer not null,
    section text not null default '',
    page integer,
    text text not null,
    terms text[] not null,
    unique (knowledge_source_id, position)
  )`.execute(db);
  await sql`create index knowledge_passages_terms_idx on knowledge_passages using gin (terms)`.execute(db);

  await sql`create table pronunciations (
    id uuid primary key default gen_random_uuid(),
    body_id uuid not null references bodies(id),
    written text not null check (length(written) between 1 and 100),
    spoken text not null check (length(spoken) between 1 and 300),
    version integer not null default 1,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    unique (body_id, written)
  )`.execute(db);

  await sql`alter table bulletins add column sources jsonb not null default '[]'`.execute(db);
}
