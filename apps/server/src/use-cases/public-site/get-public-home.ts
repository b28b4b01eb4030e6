import type { Database } from '@lantoa/db';
import { vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { listPublicLibrary, type PublicLibraryItem } from '../public-library/list-public-library.ts';
import { listPublicContests, type PublicContest } from './list-public-contests.ts';
import { listPublicNews, type PublicNewsItem } from './list-public-news.ts';
import type { PublicSite } from './load-public-site.ts';
import { type CommuneShare, readCommuneShares } from './read-commune-shares.ts';
import { type PublicPlanProgress, readPublicProgress } from './read-public-progress.ts';

/** Everything a site's public home shows, in aggregates only: no person, no task, no contact. */
export interface PublicHome {
  plans: PublicPlanProgress[];
  /** A province's communes with the share of its plans' due work done there; null for a commune. */
  communes: CommuneShare[] | null;
  news: { items: PublicNewsItem[]; total: number };
  contests: PublicContest[];
  /** The newest library items marked public and approved (never one meant for staff only). */
  library: { items: PublicLibraryItem[]; total: number };
}

/** How many of the newest public outputs the home shows; the rest are on the news page. */
const HOME_NEWS = 5;
/** How many of the newest public library items the home shows; the rest are on the library's page. */
const HOME_LIBRARY = 4;

/**
 * The site's public home: its plans' progress, its communes' map, the latest news and communication
 * products, its contests.
 */
export async function getPublicHome(
  db: Kysely<Database>,
  site: PublicSite,
  now = new Date(),
): Promise<PublicHome> {
  const today = vietnamToday(now);
  const [plans, communes, news, library, contests] = await Promise.all([
    readPublicProgress(db, site, today),
    site.kind === 'province' ? readCommuneShares(db, site, today) : null,
    listPublicNews(db, site, 1, HOME_NEWS),
    listPublicLibrary(db, site, 1, HOME_LIBRARY),
    listPublicContests(db, site, now),
  ]);
  return {
    plans,
    communes,
    news: { items: news.items, total: news.total },
    library: { items: library.items, total: library.total },
    contests,
  };
}
