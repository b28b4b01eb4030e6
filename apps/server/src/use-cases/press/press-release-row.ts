import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

// The joined row of a press release and its summary in the API (a presenter kept beside its readers).

/** A release with its body, how many were written to and how many articles followed it. */
export const pressReleaseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('press_releases as release')
    .innerJoin('bodies as body', 'body.id', 'release.body_id')
    .selectAll('release')
    .select([
      'body.name as body_name',
      'body.path as body_path',
      (eb) =>
        eb
          .selectFrom('press_release_recipients as recipient')
          .select((sub) => sub.fn.countAll<number>().as('n'))
          .whereRef('recipient.release_id', '=', 'release.id')
          .where('recipient.sent_at', 'is not', null)
          .as('recipients'),
      (eb) =>
        eb
          .selectFrom('outputs as article')
          .select((sub) => sub.fn.countAll<number>().as('n'))
          .whereRef('article.press_release_id', '=', 'release.id')
          .as('taken_up'),
    ]);

export type PressReleaseRow = Awaited<
  ReturnType<ReturnType<typeof pressReleaseQuery>['executeTakeFirstOrThrow']>
>;

/** Reads a release without any scope check: callers must authorise with its `body_path`. */
export const unsafeFindPressRelease = (db: Kysely<Database>, id: string) =>
  pressReleaseQuery(db).where('release.id', '=', id).executeTakeFirst();

/** A public page of the app (routes/press.ts), named by the key in its path. */
const publicPageUrl = (publicUrl: string, page: string, key: string) =>
  `${publicUrl.replace(/\/+$/, '')}/${page}/${encodeURIComponent(key)}`;

/** The release's public page: the link its messages carry, which articles that cite it are traced by. */
export const trackedUrl = (publicUrl: string, code: string) => publicPageUrl(publicUrl, 'thong-cao', code);

/** A contact's unsubscribe link (the public page with its button). */
export const unsubscribeUrl = (publicUrl: string, token: string) =>
  publicPageUrl(publicUrl, 'huy-nhan-tin', token);

/** The contract's `pressReleaseSummary`. */
export const presentPressReleaseSummary = (row: PressReleaseRow) => ({
  id: row.id,
  body: { id: row.body_id, name: row.body_name },
  title: row.title,
  status: row.status,
  sentAt: row.sent_at?.toISOString() ?? null,
  recipients: Number(row.recipients ?? 0),
  takenUp: Number(row.taken_up ?? 0),
  createdAt: row.created_at.toISOString(),
});
