import type { Database } from '@lantoa/db';
import { CHANNEL_KIND_NAMES, redactPersonalData } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors.ts';
import type { PublicSite } from './load-public-site.ts';

/** An output a body marked public, as the news page lists it. */
export interface PublicNewsItem {
  title: string;
  publishedOn: string;
  /** Where it appeared: the registered channel's name, the place typed, else the kind of channel. */
  channel: string;
  bodyName: string;
  /** The article's address (http or https only), or null when it has none to open. */
  url: string | null;
}

/** Newest first, this many a page: a phone's screenful or two, about 4 KB compressed. */
export const NEWS_PAGE_SIZE = 20;

const WEB_LINK = /^https?:\/\//i;

/** The outputs marked public of the bodies under the site. */
export const publicOutputs = (db: Kysely<Database>, site: PublicSite) =>
  db
    .selectFrom('outputs as o')
    .innerJoin('bodies as body', 'body.id', 'o.body_id')
    .where('o.is_public', '=', true)
    .where('body.path', 'like', `${site.path}%`);

/**
 * A page of the site's news: what the bodies under it published and marked public, newest first.
 * Titles and channel names are typed by staff; any phone number or e-mail in them is hidden all the
 * same (a public page never carries one). A page past the last is not found (the first page of an
 * empty list is a page saying so).
 */
export async function listPublicNews(
  db: Kysely<Database>,
  site: PublicSite,
  page = 1,
  pageSize = NEWS_PAGE_SIZE,
): Promise<{ items: PublicNewsItem[]; total: number; page: number; pageCount: number }> {
  const [rows, count] = await Promise.all([
    publicOutputs(db, site)
      .leftJoin('channels as channel', 'channel.id', 'o.channel_id')
      .select([
        'o.title',
        'o.published_on',
        'o.channel_kind',
        'o.channel_name',
        'o.url',
        'body.name as body_name',
        'channel.name as channel_registered_name',
      ])
      .orderBy('o.published_on', 'desc')
      .orderBy('o.created_at', 'desc')
      .orderBy('o.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    publicOutputs(db, site)
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.total);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (page > pageCount) throw notFound('trang tin');
  return {
    total,
    page,
    pageCount,
    items: rows.map((row) => ({
      title: redactPersonalData(row.title),
      publishedOn: row.published_on,
      channel: redactPersonalData(
        row.channel_registered_name || row.channel_name || CHANNEL_KIND_NAMES[row.channel_kind],
      ),
      bodyName: row.body_name,
      url: WEB_LINK.test(row.url) ? row.url : null,
    })),
  };
}
