import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { publicPath } from '../../public-pages/public-layout.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { correctionSiteId, publishedCorrections } from './public-correction-row.ts';

/**
 * Every public page of the false-information section of a site, for its sitemap: the report form with
 * the corrections below it, and each published correction's page.
 */
export async function publicMisinformationPaths(
  db: Kysely<Database>,
  site: PublicSite,
): Promise<{ path: string; lastModified: Date | null }[]> {
  const siteId = await correctionSiteId(db, site);
  const corrections = siteId ? await publishedCorrections(db, siteId).execute() : [];
  return [
    {
      path: publicPath(site.code, 'misinformation'),
      lastModified: corrections[0]?.correction_published_at ?? null,
    },
    ...corrections.map((c) => ({
      path: publicPath(site.code, 'misinformation', c.id),
      lastModified: c.correction_published_at,
    })),
  ];
}
