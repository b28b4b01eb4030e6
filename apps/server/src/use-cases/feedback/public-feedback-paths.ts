import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { publicPath } from '../../public-pages/public-layout.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { publishedFeedback } from './public-feedback-row.ts';

/**
 * Every public page of the feedback section of a site, for its sitemap: the form with the published
 * questions and answers below it, and each one's page. (The follow-up page of a receipt code is not
 * listed: it is reached only with a code.)
 */
export async function publicFeedbackPaths(
  db: Kysely<Database>,
  site: PublicSite,
): Promise<{ path: string; lastModified: Date | null }[]> {
  const items = await publishedFeedback(db, site.bodyId).execute();
  return [
    { path: publicPath(site.code, 'feedback'), lastModified: items[0]?.published_at ?? null },
    ...items.map((item) => ({
      path: publicPath(site.code, 'feedback', item.id),
      lastModified: item.published_at,
    })),
  ];
}
