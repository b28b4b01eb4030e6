import { createHash } from 'node:crypto';
import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** A bulletin with what its screens show beside it: author and target bodies, sources, audio type. */
export const bulletinQuery = (db: Kysely<Database>) =>
  db
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

/** What the speech engine reads of a bulletin: its title as a sentence of its own, then its text. */
export const spokenBulletin = (b: { title: string; text: string }) => `${b.title}.\n${b.text}`;

/**
 * What a bulletin's `audio_text_hash` holds: the hash of the text its speech was made from, so a
 * changed text shows the recording as stale.
 */
export const speechTextHash = (title: string, text: string) =>
  createHash('sha256').update(`${title}\n${text}`).digest('hex');

/** Whether a bulletin's recording says an earlier text than the one it has now (its audio is stale). */
export const audioIsStale = (b: {
  audio_status: string;
  audio_text_hash: string | null;
  title: string;
  text: string;
}) => b.audio_status === 'ready' && b.audio_text_hash !== speechTextHash(b.title, b.text);
