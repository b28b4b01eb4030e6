import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { pageWithTotal } from '../shared/paged-search.ts';
import { presentPublicFeedback, publishedFeedback } from './public-feedback-row.ts';

/** The questions and answers a site published, below its form, a page at a time, newest first. */
export async function listPublicFeedback(
  db: Kysely<Database>,
  site: PublicSite,
  paging: { page: number; pageSize: number },
) {
  const { rows, total } = await pageWithTotal(publishedFeedback(db, site.bodyId), paging);
  return { items: rows.map(presentPublicFeedback), total };
}
