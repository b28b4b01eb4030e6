import type { Database } from '@lantoa/db';
import type { ScienceTaskLevel, ScienceTaskStatus } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { pageWithTotal } from '../shared/paged-search.ts';
import { disclosedScienceTasks } from './disclosed-science-tasks.ts';

/** Tasks on a public list page: a phone scrolls twenty comfortably. */
export const PUBLIC_TASKS_PER_PAGE = 20;

/** A public home's disclosed tasks, latest disclosed first, filtered by status and level, by page. */
export async function listPublicScienceTasks(
  db: Kysely<Database>,
  site: PublicSite,
  f: { status?: ScienceTaskStatus | undefined; level?: ScienceTaskLevel | undefined; page: number },
) {
  let query = disclosedScienceTasks(db, site);
  if (f.status) query = query.where('task.status', '=', f.status);
  if (f.level) query = query.where('task.level', '=', f.level);
  const { rows, total } = await pageWithTotal(
    query.orderBy('task.published_at', 'desc').orderBy('task.code').orderBy('task.id'),
    { page: f.page, pageSize: PUBLIC_TASKS_PER_PAGE },
  );
  return { rows, total, pages: Math.max(1, Math.ceil(total / PUBLIC_TASKS_PER_PAGE)) };
}
