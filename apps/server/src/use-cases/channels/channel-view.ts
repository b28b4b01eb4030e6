import type { Database } from '@lantoa/db';
import { addDays, vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';

/** How long a channel may publish nothing before it is shown as silent. */
export const SILENT_AFTER_DAYS = 30;

/** Channels with their body and the day of their last output. */
export const channelQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('channels as c')
    .innerJoin('bodies as body', 'body.id', 'c.body_id')
    .selectAll('c')
    .select(['body.name as body_name', 'body.kind as body_kind', 'body.path as body_path'])
    .select((eb) =>
      eb
        .selectFrom('outputs as o')
        .select((sub) => sub.fn.max('o.published_on').as('d'))
        .whereRef('o.channel_id', '=', 'c.id')
        .as('last_output_on'),
    );

type ChannelRow = Awaited<ReturnType<ReturnType<typeof channelQuery>['executeTakeFirstOrThrow']>>;

/** The contract's `channel`; silent when its last output is older than 30 days before `today` (or none). */
export const channelView = (row: ChannelRow, today: string) => ({
  id: row.id,
  body: { id: row.body_id, name: row.body_name, kind: row.body_kind },
  kind: row.kind,
  name: row.name,
  url: row.url,
  feedUrl: row.feed_url,
  topicWords: row.topic_words,
  lastReadAt: row.last_read_at?.toISOString() ?? null,
  lastReadError: row.last_read_error,
  lastReadNew: row.last_read_new,
  lastOutputOn: row.last_output_on ?? null,
  silent: !row.last_output_on || row.last_output_on < addDays(today, -SILENT_AFTER_DAYS),
  version: row.version,
});

/** A channel as the API answers it once written (its row read back with its last output). */
export const channelViewById = async (db: Kysely<Database>, id: string) =>
  channelView(await channelQuery(db).where('c.id', '=', id).executeTakeFirstOrThrow(), vietnamToday());
