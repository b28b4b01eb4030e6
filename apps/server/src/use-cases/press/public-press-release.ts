import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors.ts';
import { attachedItems } from './release-items.ts';

/**
 * A sent release as its public page shows it (the tracked link of its messages): who issued it,
 * when, its text and the titles of the products it carries. A draft has no page yet.
 */
export async function publicPressRelease(db: Kysely<Database>, code: string) {
  const release = await db
    .selectFrom('press_releases as release')
    .innerJoin('bodies as body', 'body.id', 'release.body_id')
    .select(['release.id', 'release.title', 'release.body', 'release.sent_at', 'body.name as body_name'])
    .where('release.code', '=', code)
    .where('release.status', '=', 'sent')
    .executeTakeFirst();
  if (!release?.sent_at) throw notFound('thông cáo báo chí');
  const items = await attachedItems(db, release.id);
  return {
    title: release.title,
    text: release.body,
    bodyName: release.body_name,
    sentAt: release.sent_at,
    items: items.map((i) => i.title),
  };
}
export type PublicPressRelease = Awaited<ReturnType<typeof publicPressRelease>>;
