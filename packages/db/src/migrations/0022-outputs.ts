import { type Kysely, sql } from 'kysely';

// The outward half of a plan (issue 16). What bodies published and where (outputs), the channels
// they publish on (a portal's section, a press agency's dedicated page or programme, a fanpage, a
// Zalo OA, with a feed read daily where there is one), the communication network a body writes to,
// press releases sent to it, and library items pushed to the bodies below to publish. Four new
// computed indicators read the register. The lists are written out as they stand today: a migration
// is history, not a copy of the current list.
export async function up(db: Kysely<unknown>): Promise<void> {
  const channelKinds = sql.raw(`('press','portal','fanpage','zalo_oa','loudspeaker','visual')`);

  await sql`create table channels (
    id uuid primary key default gen_random_uuid(),
    body_id uuid not null references bodies(id),
    kind text not null check (kind in ${channelKinds}),
    name text not null check (length(name) between 1 and 300),
    url text not null default '' check (length(url) <= 2000),
    feed_url text check (length(feed_url) between 1 and 2000),
    topic_words text[] not null default '{}',
    last_read_at timestamptz,
    last_read_error text,
    last_read_new integer not null default 0,
    version integer not null default 1,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    unique (body_id, kind, name)
  )`.execute(db);
  await sql`create index channels_feed_idx on channels (id) where feed_url is not null`.execute(db);

  await sql`create table network_contacts (
    id uuid primary key default gen_random_uuid(),
    owner_body_id uuid not null references bodies(id),
    kind text not null check (kind in
      ('press_agency','reporter','expert','scientist','organisation','business','influencer','page')),
    name text not null check (length(name) between 1 and 300),
    organisation text not null default '' check (length(organisation) <= 300),
    role_title text not null default '' check (length(role_title) <= 200),
    email text check (email ~ '^[^@[:space:]]+@[^@[:space:]]+$' and length(email) <= 320),
    phone text check (phone ~ '^[+]84[0-9]{9}$'),
    url text not null default '' check (length(url) <= 2000),
    topics text[] not null default '{}',
    consent boolean not null default false,
    consent_on date,
    unsubscribed_at timestamptz,
    unsubscribe_token text not null unique,
    search_text text not null default '',
    version integer not null default 1,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    check (not consent or consent_on is not null)
  )`.execute(db);
  // One entry per address in a body's directory: an Excel import updates it instead of adding it twice.
  await sql`create unique index network_contacts_email_key on network_contacts (owner_body_id, lower(email))
    where email is not null`.execute(db);

  await sql`create table press_releases (
    id uuid primary key default gen_random_uuid(),
    body_id uuid not null references bodies(id),
    title text not null check (length(title) between 1 and 500),
    body text not null check (length(body) between 1 and 20000),
    topics text[] not null default '{}',
    code text not null unique,
    status text not null default 'draft' check (status in ('draft','sent')),
    sent_at timestamptz,
    sent_by uuid references users(id),
    version integer not null default 1,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    check ((status = 'sent') = (sent_at is not null))
  )`.execute(db);
  await sql`create table press_release_items (
    release_id uuid not null references press_releases(id) on delete cascade,
    item_id uuid not null references library_items(id),
    primary key (release_id, item_id)
  )`.execute(db);
  // One message per recipient, kept with what the mail server answered: a send that failed half way
  // is sent again to those left, never twice to the same contact.
  await sql`create table press_release_recipients (
    release_id uuid not null references press_releases(id),
    contact_id uuid not null references network_contacts(id),
    email text not null,
    sent_at timestamptz,
    error text,
    primary key (release_id, contact_id)
  )`.execute(db);

  await sql`create table library_pushes (
    id uuid primary key default gen_random_uuid(),
    item_id uuid not null references library_items(id),
    body_id uuid not null references bodies(id),
    target_body_id uuid not null references bodies(id),
    due_on date not null,
    note text not null default '' check (length(note) <= 2000),
    created_by uuid references users(id),
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table library_push_bodies (
    push_id uuid not null references library_pushes(id),
    body_id uuid not null references bodies(id),
    done_at timestamptz,
    done_by uuid references users(id),
    primary key (push_id, body_id)
  )`.execute(db);
  await sql`create index library_push_bodies_body_idx on library_push_bodies (body_id)`.execute(db);

  await sql`create table outputs (
    id uuid primary key default gen_random_uuid(),
    body_id uuid not null references bodies(id),
    kind text not null check (kind in
      ('article','reportage','tv_radio','portal_post','social_post','rebroadcast','visual','publication')),
    title text not null check (length(title) between 1 and 500),
    published_on date not null,
    channel_kind text not null check (channel_kind in ${channelKinds}),
    channel_id uuid references channels(id),
    channel_name text not null default '' check (length(channel_name) <= 300),
    url text not null default '' check (length(url) <= 2000),
    image_url text not null default '' check (length(image_url) <= 2000),
    file_id uuid references files(id),
    topics text[] not null default '{}',
    about_local boolean not null default false,
    commissioned boolean not null default false,
    is_public boolean not null default false,
    library_item_id uuid references library_items(id),
    press_release_id uuid references press_releases(id),
    push_id uuid references library_pushes(id),
    task_id uuid references tasks(id),
    source text not null check (source in ('manual','excel','feed','push')),
    external_id text,
    search_text text not null default '',
    version integer not null default 1,
    created_by uuid references users(id),
    created_at timestamptz not null default now()
  )`.execute(db);
  // The same link recorded twice by one body is one output (a duplicate is refused, an import skips
  // it); a feed's item is recorded once per channel however often the feed is read.
  await sql`create unique index outputs_url_key on outputs (body_id, url) where url <> ''`.execute(db);
  await sql`create unique index outputs_feed_item_key on outputs (channel_id, external_id)
    where external_id is not null`.execute(db);
  await sql`create index outputs_body_idx on outputs (body_id, published_on)`.execute(db);
  await sql`create index outputs_channel_idx on outputs (channel_id, published_on) where channel_id is not null`.execute(
    db,
  );
  await sql`create index outputs_release_idx on outputs (press_release_id) where press_release_id is not null`.execute(
    db,
  );

  await sql`alter table indicators drop constraint indicators_computed_kind_check`.execute(db);
  await sql`alter table indicators add constraint indicators_computed_kind_check
    check (computed_kind in ('tasks_on_time','broadcast_reach','plans_issued','audience_trained','audience_informed',
      'channels_active','outputs_local','outputs_commissioned','stations_rebroadcast'))`.execute(db);
}
