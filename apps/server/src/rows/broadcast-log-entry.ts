import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** Entries of the broadcast log with the bulletin's title and who recorded them. */
export const broadcastLogQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('broadcast_log as entry')
    .leftJoin('bulletins as bulletin', 'bulletin.id', 'entry.bulletin_id')
    .leftJoin('users as recorder', 'recorder.id', 'entry.recorded_by')
    .selectAll('entry')
    .select(['bulletin.title as bulletin_title', 'recorder.full_name as recorded_by_name']);

export type BroadcastLogRow = Awaited<
  ReturnType<ReturnType<typeof broadcastLogQuery>['executeTakeFirstOrThrow']>
>;
