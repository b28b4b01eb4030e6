import { withinScopes } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentLibraryItem } from '../../presenters/library-item.ts';
import { loadVisibleLibraryItem } from './load-visible-library-item.ts';

/** A visible item with where it is used: downloads by body and bulletins made from it, within the actor's scope. */
export async function getLibraryItem(ctx: Context, id: string) {
  const row = await loadVisibleLibraryItem(ctx, id);
  const [downloads, bulletins] = await Promise.all([
    ctx.db
      .selectFrom('library_downloads as download')
      .innerJoin('bodies as body', 'body.id', 'download.body_id')
      .select(['body.id', 'body.name', 'download.count', 'download.last_at'])
      .where('download.item_id', '=', id)
      .where((eb) => withinScopes(eb, eb.ref('body.path'), scopePaths(ctx.actor, 'readBody')))
      .orderBy('download.count', 'desc')
      .execute(),
    ctx.db
      .selectFrom('bulletins as bulletin')
      .innerJoin('bodies as body', 'body.id', 'bulletin.body_id')
      .select([
        'bulletin.id',
        'bulletin.title',
        'bulletin.created_at',
        'body.id as body_id',
        'body.name as body_name',
      ])
      .where('bulletin.source_item_id', '=', id)
      .where((eb) => withinScopes(eb, eb.ref('body.path'), scopePaths(ctx.actor, 'readBody')))
      .orderBy('bulletin.created_at', 'desc')
      .execute(),
  ]);
  return {
    ...presentLibraryItem(ctx, row),
    usage: {
      downloads: downloads.map((d) => ({
        body: { id: d.id, name: d.name },
        count: d.count,
        lastAt: d.last_at.toISOString(),
      })),
      bulletins: bulletins.map((b) => ({
        id: b.id,
        title: b.title,
        body: { id: b.body_id, name: b.body_name },
        createdAt: b.created_at.toISOString(),
      })),
    },
  };
}
