import type { notificationList } from '@lantoa/api-contract/notifications';
import type { DatabaseHandle } from '@lantoa/db';
import type { z } from 'zod';
import type { Agent } from './test-app.ts';

export type Inbox = z.output<typeof notificationList>;

/** The notifications an actor sees in the app (the bell's list and unread count). */
export const inbox = async (agent: Agent): Promise<Inbox> =>
  (await agent.get('/api/notifications')).json() as Inbox;

/** Which notices: `link` and `dedupeKey` narrow on those columns, `standing` to the notices not resolved. */
export interface NoticeFilter {
  kind: string;
  link?: string;
  dedupeKey?: string;
  standing?: boolean;
}

/**
 * Who holds a notice of `kind` (usernames, sorted), read from the table so that nobody's inbox is left
 * out.
 */
export async function noticeHolders(handle: DatabaseHandle, where: NoticeFilter): Promise<string[]> {
  let query = handle.db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select('u.username')
    .where('n.kind', '=', where.kind);
  if (where.link) query = query.where('n.link', '=', where.link);
  if (where.dedupeKey) query = query.where('n.dedupe_key', '=', where.dedupeKey);
  if (where.standing) query = query.where('n.resolved_at', 'is', null);
  return (await query.execute()).map((r) => r.username).sort();
}
