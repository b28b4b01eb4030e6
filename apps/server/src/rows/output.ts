import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** An output with its body, its registered channel, the library item it reuses and the release it follows. */
export const outputQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('outputs as o')
    .innerJoin('bodies as body', 'body.id', 'o.body_id')
    .leftJoin('channels as channel', 'channel.id', 'o.channel_id')
    .leftJoin('library_items as item', 'item.id', 'o.library_item_id')
    .leftJoin('press_releases as release', 'release.id', 'o.press_release_id')
    .selectAll('o')
    .select([
      'body.name as body_name',
      'body.kind as body_kind',
      'body.path as body_path',
      'channel.name as channel_registered_name',
      'item.title as item_title',
      'release.title as release_title',
    ]);

export type OutputRow = Awaited<ReturnType<ReturnType<typeof outputQuery>['executeTakeFirstOrThrow']>>;

/** The contract's `output` (packages/api-contract/src/outputs.ts). */
export const outputView = (row: OutputRow) => ({
  id: row.id,
  body: { id: row.body_id, name: row.body_name, kind: row.body_kind },
  kind: row.kind,
  title: row.title,
  publishedOn: row.published_on,
  channelKind: row.channel_kind,
  channel:
    row.channel_id && row.channel_registered_name
      ? { id: row.channel_id, name: row.channel_registered_name }
      : null,
  channelName: row.channel_name,
  url: row.url,
  imageUrl: row.image_url,
  topics: row.topics,
  aboutLocal: row.about_local,
  commissioned: row.commissioned,
  isPublic: row.is_public,
  libraryItem:
    row.library_item_id && row.item_title ? { id: row.library_item_id, title: row.item_title } : null,
  pressRelease:
    row.press_release_id && row.release_title ? { id: row.press_release_id, title: row.release_title } : null,
  pushId: row.push_id,
  taskId: row.task_id,
  source: row.source,
  createdAt: row.created_at.toISOString(),
  version: row.version,
});
