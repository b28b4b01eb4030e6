import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Communication products made once for every body: visible to the author's subtree at once, and to
  // the shared subtree once a coordinator approves them. `search_text` is the folded title, summary
  // and topics (no diacritics, one tone placement) so search ignores both.
  await sql`
    create table library_items (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references bodies(id),
      share_body_id uuid not null references bodies(id),
      title text not null,
      summary text not null default '',
      topics text[] not null default '{}',
      audience text not null default '',
      language text not null check (language in ('vi','tay','nung','hmong','dao','thai','other')),
      kind text not null check (kind in ('banner','poster','infographic','video','audio','document','qa','other')),
      media_kind text not null check (media_kind in ('image','pdf','word','audio','video')),
      usage_rights text not null default '',
      file_id uuid not null references files(id),
      thumbnail_file_id uuid references files(id),
      duration_seconds numeric,
      status text not null default 'pending' check (status in ('pending','approved','rejected')),
      review_comment text,
      reviewed_by uuid references users(id),
      reviewed_at timestamptz,
      search_text text not null,
      version int not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index library_items_body_idx on library_items (body_id)`.execute(db);

  await sql`
    create table library_downloads (
      item_id uuid not null references library_items(id) on delete cascade,
      body_id uuid not null references bodies(id),
      count int not null default 0,
      last_at timestamptz not null default now(),
      primary key (item_id, body_id)
    )`.execute(db);

  // A commune loudspeaker station: its daily sessions, the people it reaches (for the "citizens
  // reached" indicator) and the hash of the API key smart loudspeaker systems post their log with.
  await sql`
    create table broadcast_stations (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references bodies(id),
      name text not null,
      listeners int not null default 0 check (listeners >= 0),
      sessions jsonb not null,
      api_key_hash text,
      api_key_hint text,
      version int not null default 1,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index broadcast_stations_body_idx on broadcast_stations (body_id)`.execute(db);

  await sql`
    create table bulletins (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references bodies(id),
      target_body_id uuid not null references bodies(id),
      title text not null,
      text text not null,
      priority text not null check (priority in ('normal','priority','emergency')),
      valid_from date not null,
      valid_until date,
      source_item_id uuid references library_items(id),
      source_bulletin_id uuid references bulletins(id),
      audio_status text not null default 'none' check (audio_status in ('none','queued','running','ready','failed')),
      audio_progress int not null default 0,
      audio_error text,
      audio_file_id uuid references files(id),
      audio_duration_seconds numeric,
      audio_text_hash text,
      search_text text not null,
      version int not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index bulletins_target_idx on bulletins (target_body_id)`.execute(db);

  // A normal bulletin placed by the commune into the sessions it chose.
  await sql`
    create table broadcast_placements (
      station_id uuid not null references broadcast_stations(id) on delete cascade,
      bulletin_id uuid not null references bulletins(id) on delete cascade,
      session_id text not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      primary key (station_id, bulletin_id, session_id)
    )`.execute(db);

  // What was aired: recorded on screen or posted by the station's system (idempotent per external id,
  // and per bulletin and session).
  await sql`
    create table broadcast_log (
      id uuid primary key default gen_random_uuid(),
      station_id uuid not null references broadcast_stations(id) on delete cascade,
      bulletin_id uuid references bulletins(id),
      session_id text,
      title text not null,
      aired_at timestamptz not null,
      duration_seconds int not null default 0,
      source text not null check (source in ('manual','api')),
      external_id text,
      recorded_by uuid references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index broadcast_log_station_idx on broadcast_log (station_id, aired_at)`.execute(db);
  await sql`create unique index broadcast_log_external_idx on broadcast_log (station_id, external_id)
    where external_id is not null`.execute(db);
  await sql`create unique index broadcast_log_session_idx on broadcast_log (station_id, bulletin_id, session_id)
    where bulletin_id is not null and session_id is not null`.execute(db);

  // The log feeds a computed indicator: people reached by stations that aired in the period.
  await sql`alter table indicators drop constraint indicators_computed_kind_check`.execute(db);
  await sql`alter table indicators add constraint indicators_computed_kind_check
    check (computed_kind in ('tasks_on_time','broadcast_reach'))`.execute(db);

  // Plans published before: the same computed indicator new plans get (set-up-reporting.ts).
  await sql`
    insert into indicators (plan_id, position, name, numerator_label, denominator_label, source, computed_kind)
    select plan_id, position + 1,
      'Tỷ lệ người dân được tiếp cận thông tin qua hệ thống truyền thanh cơ sở',
      'Số người dân trong vùng phủ sóng của các đài đã phát bản tin trong kỳ',
      'Tổng số người dân trong vùng phủ sóng của các đài truyền thanh cơ sở',
      'computed', 'broadcast_reach'
    from indicators where computed_kind = 'tasks_on_time'`.execute(db);
}
