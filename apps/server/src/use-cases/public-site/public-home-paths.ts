import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { publicPath } from '../../public-pages/public-layout.ts';
import { publicOutputs } from './list-public-news.ts';
import type { PublicSite } from './load-public-site.ts';

/** A public page of a site, for the sitemap: its path and when what it shows last changed, if known. */
export interface PublicPagePath {
  path: string;
  lastModified: Date | null;
}

/** The pages of a site's home and news: the home itself and the news list (the date of its newest item). */
export async function publicHomePaths(db: Kysely<Database>, site: PublicSite): Promise<PublicPagePath[]> {
  const newest = await publicOutputs(db, site)
    .select((eb) => eb.fn.max('o.created_at').as('latest'))
    .executeTakeFirst();
  const news = newest?.latest ? new Date(newest.latest) : null;
  return [
    { path: publicPath(site.code, 'home'), lastModified: null },
    { path: publicPath(site.code, 'news'), lastModified: news },
  ];
}
