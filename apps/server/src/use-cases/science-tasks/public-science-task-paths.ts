import type { Database } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';
import { publicPath } from '../../public-pages/public-layout.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { disclosedScienceTasks } from './disclosed-science-tasks.ts';

/**
 * Every public page of the registry on a site, for the sitemap and the menu counts: the list, then
 * each disclosed task's page, modified when it was disclosed or last changed since (its audit).
 * Secret and unpublished tasks are never listed (disclosedScienceTasks).
 */
export async function publicScienceTaskPaths(
  db: Kysely<Database>,
  site: PublicSite,
): Promise<{ path: string; lastModified: Date | null }[]> {
  const rows = await disclosedScienceTasks(db, site)
    .clearSelect()
    .select((eb) => [
      'task.id',
      eb
        .selectFrom('audit_log as entry')
        .select(sql<Date>`max(entry.at)`.as('at'))
        .where('entry.entity_type', '=', 'science_task')
        .where(sql<boolean>`entry.entity_id = task.id::text`)
        .as('changed_at'),
      'task.published_at',
    ])
    .orderBy('task.published_at', 'desc')
    .orderBy('task.id')
    .execute();
  const modified = rows.map((row) => {
    const times = [row.published_at, row.changed_at]
      .filter((at): at is Date => at !== null)
      .map((at) => new Date(at).getTime());
    return { path: publicPath(site.code, 'science', row.id), lastModified: new Date(Math.max(...times)) };
  });
  const latest = modified.reduce<Date | null>(
    (newest, page) => (!newest || page.lastModified > newest ? page.lastModified : newest),
    null,
  );
  return [{ path: publicPath(site.code, 'science'), lastModified: latest }, ...modified];
}
