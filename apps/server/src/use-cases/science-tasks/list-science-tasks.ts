import type { ScienceTaskLevel, ScienceTaskStatus } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { scienceTaskQuery, scienceTaskSummaryView } from '../../rows/science-task.ts';
import { pageWithTotal } from '../shared/paged-search.ts';
import { type ScopedSearch, scopedSearch } from '../shared/scoped-search.ts';

export interface ScienceTaskFilter extends ScopedSearch {
  status?: ScienceTaskStatus | undefined;
  level?: ScienceTaskLevel | undefined;
  /** Only the secret ones (true) or only the others (false). */
  secret?: boolean | undefined;
  /** Only those disclosed on the public pages (true) or only those not (false). */
  published?: boolean | undefined;
}

/**
 * The registries of the bodies the actor reads (or of one body's subtree among them), searched
 * without diacritics, latest start first, with how many of the list are published and secret. The
 * scope is the secret tasks' guard: a body below the department reads none of the department's
 * registry, so none of its secret tasks.
 */
export async function listScienceTasks(ctx: Context, f: ScienceTaskFilter) {
  let query = await scopedSearch(
    ctx,
    scienceTaskQuery(ctx.db),
    { path: 'body.path', searchText: 'task.search_text' },
    f,
  );
  if (f.status) query = query.where('task.status', '=', f.status);
  if (f.level) query = query.where('task.level', '=', f.level);
  if (f.secret !== undefined) query = query.where('task.is_secret', '=', f.secret);
  if (f.published !== undefined)
    query = query.where('task.published_at', f.published ? 'is not' : 'is', null);
  const [{ rows, total }, counts] = await Promise.all([
    pageWithTotal(
      query
        .orderBy('task.starts_on', (o) => o.desc().nullsLast())
        .orderBy('task.code')
        .orderBy('task.id'),
      f,
    ),
    query
      .clearSelect()
      .select((eb) => [
        eb.fn.count<number>('task.id').filterWhere('task.published_at', 'is not', null).as('published'),
        eb.fn.count<number>('task.id').filterWhere('task.is_secret', '=', true).as('secret'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(scienceTaskSummaryView),
    total,
    published: Number(counts.published),
    secret: Number(counts.secret),
  };
}
