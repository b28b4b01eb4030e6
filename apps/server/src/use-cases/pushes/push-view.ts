import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** Pushes with their item, who pushed, to which subtree, and how many of the bodies asked have published. */
export const pushQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('library_pushes as push')
    .innerJoin('library_items as item', 'item.id', 'push.item_id')
    .innerJoin('bodies as sender', 'sender.id', 'push.body_id')
    .innerJoin('bodies as target', 'target.id', 'push.target_body_id')
    .selectAll('push')
    .select([
      'item.title as item_title',
      'item.kind as item_kind',
      'sender.name as sender_name',
      'sender.path as sender_path',
      'target.name as target_name',
    ])
    .select((eb) => [
      eb
        .selectFrom('library_push_bodies as asked')
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .whereRef('asked.push_id', '=', 'push.id')
        .as('total'),
      eb
        .selectFrom('library_push_bodies as asked')
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .whereRef('asked.push_id', '=', 'push.id')
        .where('asked.done_at', 'is not', null)
        .as('done'),
    ]);

type PushRow = Awaited<ReturnType<ReturnType<typeof pushQuery>['executeTakeFirstOrThrow']>>;

/** The contract's `libraryPush`. */
export const pushView = (row: PushRow) => ({
  id: row.id,
  item: { id: row.item_id, title: row.item_title, kind: row.item_kind },
  from: { id: row.body_id, name: row.sender_name },
  target: { id: row.target_body_id, name: row.target_name },
  dueOn: row.due_on,
  note: row.note,
  createdAt: row.created_at.toISOString(),
  done: Number(row.done ?? 0),
  total: Number(row.total ?? 0),
});
