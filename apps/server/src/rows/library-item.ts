import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** A library item with its author and audience bodies, its file and how often it was downloaded. */
export const libraryItemQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('library_items as item')
    .innerJoin('bodies as author', 'author.id', 'item.body_id')
    .innerJoin('bodies as share', 'share.id', 'item.share_body_id')
    .innerJoin('files as file', 'file.id', 'item.file_id')
    .selectAll('item')
    .select([
      'author.name as body_name',
      'author.path as body_path',
      'share.name as share_name',
      'share.path as share_path',
      'file.name as file_name',
      'file.size as file_size',
      'file.media_type',
      (eb) =>
        eb
          .selectFrom('library_downloads as download')
          .select((sub) => sub.fn.coalesce(sub.fn.sum<number>('download.count'), sub.lit(0)).as('n'))
          .whereRef('download.item_id', '=', 'item.id')
          .as('downloads'),
    ]);

export type LibraryItemRow = Awaited<
  ReturnType<ReturnType<typeof libraryItemQuery>['executeTakeFirstOrThrow']>
>;
