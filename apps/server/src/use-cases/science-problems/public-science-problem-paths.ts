import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { publicPath } from '../../public-pages/public-layout.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { publicScienceProblemQuery } from './public-science-problem-row.ts';

/**
 * Every public page of the problems for a site, for its sitemap and menu counts: the list, and the
 * page of each published problem (open or closed), dated by its publication.
 */
export async function publicScienceProblemPaths(
  db: Kysely<Database>,
  site: PublicSite,
): Promise<{ path: string; lastModified: Date | null }[]> {
  const rows = await publicScienceProblemQuery(db, site)
    .clearSelect()
    .select(['problem.id', 'problem.published_at'])
    .orderBy('problem.published_at', 'desc')
    .orderBy('problem.id')
    .execute();
  const newest = rows[0]?.published_at ?? null;
  return [
    { path: publicPath(site.code, 'problems'), lastModified: newest },
    ...rows.map((row) => ({
      path: publicPath(site.code, 'problems', row.id),
      lastModified: row.published_at,
    })),
  ];
}
