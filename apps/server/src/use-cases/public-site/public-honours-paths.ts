import type { Database } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';
import { publicPath } from '../../public-pages/public-layout.ts';
import { publicHonours } from '../honours/list-public-honours.ts';
import type { PublicSite } from './load-public-site.ts';
import type { PublicPagePath } from './public-home-paths.ts';

/**
 * The pages of a site's list of those honoured, for the sitemap: none unless the site publishes it;
 * else the list (its latest year) and each earlier year's, modified when their last decision was made.
 */
export async function publicHonoursPaths(db: Kysely<Database>, site: PublicSite): Promise<PublicPagePath[]> {
  if (!site.showHonours) return [];
  const years = await publicHonours(db, site)
    .select((eb) => [
      'nomination.year',
      eb
        .selectFrom('audit_log as entry')
        .select(sql<Date>`max(entry.at)`.as('at'))
        .where('entry.entity_type', '=', 'honour_nomination')
        .where('entry.action', '=', 'honour.decide')
        .where(sql<boolean>`entry.entity_id = nomination.id::text`)
        .as('decided_at'),
    ])
    .execute();
  const latestOf = new Map<number, Date | null>();
  for (const row of years) {
    const at = row.decided_at ? new Date(row.decided_at) : null;
    const known = latestOf.get(row.year) ?? null;
    latestOf.set(row.year, at && (!known || at > known) ? at : known);
  }
  const ordered = [...latestOf.entries()].sort(([a], [b]) => b - a);
  const list = publicPath(site.code, 'honours');
  if (ordered.length === 0) return [{ path: list, lastModified: null }];
  return ordered.map(([year, lastModified], i) => ({
    path: i === 0 ? list : `${list}?nam=${year}`,
    lastModified,
  }));
}
