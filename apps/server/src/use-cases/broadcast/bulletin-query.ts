import { scopePaths } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { ownOrShared } from '../shared/shared-visibility.ts';

/** A bulletin with what its screens show beside it: author and target bodies, sources, audio type. */
export const bulletinQuery = (ctx: Pick<Context, 'db'>) =>
  ctx.db
    .selectFrom('bulletins as bulletin')
    .innerJoin('bodies as author', 'author.id', 'bulletin.body_id')
    .innerJoin('bodies as target', 'target.id', 'bulletin.target_body_id')
    .leftJoin('library_items as source_item', 'source_item.id', 'bulletin.source_item_id')
    .leftJoin('bulletins as source_bulletin', 'source_bulletin.id', 'bulletin.source_bulletin_id')
    .leftJoin('files as audio_file', 'audio_file.id', 'bulletin.audio_file_id')
    .selectAll('bulletin')
    .select([
      'author.name as body_name',
      'author.path as body_path',
      'target.name as target_name',
      'target.path as target_path',
      'source_item.title as source_item_title',
      'source_bulletin.title as source_bulletin_title',
      'audio_file.media_type as audio_media_type',
    ]);

export type BulletinRow = Awaited<ReturnType<ReturnType<typeof bulletinQuery>['executeTakeFirstOrThrow']>>;

/** Bulletins of bodies in the actor's scope, and those aimed at a subtree around their scope. */
export const bulletinsVisibleTo = (ctx: Context) =>
  ownOrShared(scopePaths(ctx.actor, 'readBody'), 'author.path', 'target.path');

/** Bulletins that reach a station: aimed at its body or a body above it, valid on some day of the range. */
export function bulletinsReaching(
  ctx: Pick<Context, 'db'>,
  stationBodyPath: string,
  from: string,
  until: string,
) {
  return bulletinQuery(ctx)
    .where(sql<boolean>`${stationBodyPath} like target.path || '%'`)
    .where('bulletin.valid_from', '<=', until)
    .where((eb) => eb.or([eb('bulletin.valid_until', 'is', null), eb('bulletin.valid_until', '>=', from)]))
    .execute();
}
