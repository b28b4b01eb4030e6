import type { Database } from '@lantoa/db';
import { can } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { publicPath } from '../../public-pages/public-layout.ts';
import {
  type ScienceTaskRow,
  scienceTaskFiles,
  scienceTaskQuery,
  scienceTaskSummaryView,
} from '../../rows/science-task.ts';
import { loadReadableScienceTask } from './load-science-task.ts';

/**
 * The public home that shows a body's published tasks: the nearest of its province and commune
 * (itself included) whose home is open — a commune's when it turned it on, else the province's —
 * or null when none is (a province that turned its home off).
 */
export async function publicSiteCodeOf(db: Kysely<Database>, bodyPath: string): Promise<string | null> {
  const site = await db
    .selectFrom('bodies as site')
    .leftJoin('public_sites as home', 'home.body_id', 'site.id')
    .select('site.code')
    .where(sql<boolean>`${bodyPath} like site.path || '%'`)
    .where('site.kind', 'in', ['province', 'commune'])
    .where('site.code', 'is not', null)
    .where(sql<boolean>`coalesce(home.enabled, site.kind = 'province')`)
    .orderBy(sql`length(site.path)`, 'desc')
    .executeTakeFirst();
  return site?.code ?? null;
}

/** The contract's `scienceTask`: the row, its files, its public page while published, whether the reader keeps it. */
export async function scienceTaskDetail(ctx: Context, row: ScienceTaskRow) {
  const [files, siteCode] = await Promise.all([
    scienceTaskFiles(ctx.db, [row.id]),
    row.published_at ? publicSiteCodeOf(ctx.db, row.body_path) : Promise.resolve(null),
  ]);
  return {
    ...scienceTaskSummaryView(row),
    results: row.results,
    summary: row.summary,
    files: files.map((file) => ({
      id: file.id,
      name: file.name,
      mediaType: file.media_type,
      size: file.size,
    })),
    publicPath: siteCode ? publicPath(siteCode, 'science', row.id) : null,
    canManage: can(ctx.actor, 'communicate', row.body_path),
    createdAt: row.created_at.toISOString(),
  };
}

/** A task the actor reads, with its files (404 for one it does not, secret or not). */
export async function getScienceTask(ctx: Context, id: string) {
  return scienceTaskDetail(ctx, await loadReadableScienceTask(ctx, id));
}

/** The task as it now stands, after a change the caller made (its row re-read with its body). */
export async function reloadScienceTask(ctx: Context, id: string) {
  return scienceTaskDetail(
    ctx,
    await scienceTaskQuery(ctx.db).where('task.id', '=', id).executeTakeFirstOrThrow(),
  );
}
