import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { publicFeedbackPaths } from '../feedback/public-feedback-paths.ts';
import { publicMisinformationPaths } from '../misinformation/public-misinformation-paths.ts';
import { publicLibraryPaths } from '../public-library/public-library-paths.ts';
import { publicScienceProblemPaths } from '../science-problems/public-science-problem-paths.ts';
import { publicScienceTaskPaths } from '../science-tasks/public-science-task-paths.ts';
import { listPublicSites } from './list-public-sites.ts';
import type { PublicSite } from './load-public-site.ts';
import { type PublicPagePath, publicHomePaths } from './public-home-paths.ts';
import { publicHonoursPaths } from './public-honours-paths.ts';

/**
 * Where a part of the public section lists its pages for a site (the fixed interface between the
 * section's areas): every public page of the part, list pages and each record's page.
 */
export type PublicPathSource = (db: Kysely<Database>, site: PublicSite) => Promise<PublicPagePath[]>;

/** The home and its news (this area). */
const HOME_SOURCES: readonly PublicPathSource[] = [publicHomePaths];

/** The other areas' pages, each from its use-case folder's `public-<area>-paths.ts`. */
export const AREA_PATH_SOURCES: readonly PublicPathSource[] = [
  publicLibraryPaths,
  publicScienceTaskPaths,
  publicScienceProblemPaths,
  publicFeedbackPaths,
  publicMisinformationPaths,
  publicHonoursPaths,
];

/** A sitemap holds at most 50,000 addresses; past that it would need an index of sitemaps. */
export const SITEMAP_LIMIT = 50_000;

/**
 * Every public page of every open site, for /sitemap.xml: each site's pages from each source, in
 * the order of the sites (provinces first) and the sources. The sources of one site are read one
 * after the other: on PGlite's single connection a burst of parallel queries gains nothing.
 */
export async function sitemapEntries(
  db: Kysely<Database>,
  sources: readonly PublicPathSource[] = [...HOME_SOURCES, ...AREA_PATH_SOURCES],
): Promise<PublicPagePath[]> {
  const entries: PublicPagePath[] = [];
  for (const site of await listPublicSites(db)) {
    for (const source of sources) {
      entries.push(...(await source(db, site)));
      if (entries.length >= SITEMAP_LIMIT) return entries.slice(0, SITEMAP_LIMIT);
    }
  }
  return entries;
}
