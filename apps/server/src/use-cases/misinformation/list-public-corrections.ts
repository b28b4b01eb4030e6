import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { pageWithTotal } from '../shared/paged-search.ts';
import { correctionSiteId, presentPublicCorrection, publishedCorrections } from './public-correction-row.ts';

/** The corrections a public page lists below its report form, a page at a time, newest first. */
export async function listPublicCorrections(
  db: Kysely<Database>,
  site: PublicSite,
  paging: { page: number; pageSize: number },
) {
  const siteId = await correctionSiteId(db, site);
  if (!siteId) return { items: [], total: 0 };
  const { rows, total } = await pageWithTotal(publishedCorrections(db, siteId), paging);
  return { items: rows.map(presentPublicCorrection), total };
}
