import { withinScopes } from '@lantoa/db';
import { ESTIMATE_STATUSES, type EstimateStatus, scopePaths } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { pageWithTotal } from '../shared/paged-search.ts';
import { type ScopedSearch, scopedSearch } from '../shared/scoped-search.ts';
import { actorBodyOf, ofFinanceOf } from './estimate-access.ts';
import { estimateQuery, presentEstimateSummary } from './estimate-row.ts';

export type BudgetView = 'all' | 'mine' | 'consolidate' | 'appraise';

export interface BudgetEstimateFilter extends ScopedSearch {
  view: BudgetView;
  planId?: string | undefined;
  year?: number | undefined;
  status?: EstimateStatus | undefined;
}

/** The province's path above a body's ('/country/province/department/' → '/country/province/'). */
const parentPath = (path: string) => `/${path.split('/').filter(Boolean).slice(0, -1).join('/')}/`;

/**
 * The estimates the actor reads (or of one body's subtree among them), searched by the body's name
 * without diacritics, as one of four views: all of them; its own body's; those it consolidates (sent
 * by bodies below it under a plan issued on its side, the finance department excepted); those it
 * appraises (consolidated ones of its province, for the finance department). With how many of the
 * view are in each status.
 */
export async function listBudgetEstimates(ctx: Context, f: BudgetEstimateFilter) {
  const actorBody = await actorBodyOf(ctx);
  const managed = scopePaths(ctx.actor, 'manageBudget');
  const finance = ofFinanceOf(actorBody, actorBody.path);
  let query = await scopedSearch(
    ctx,
    estimateQuery(ctx.db),
    { path: 'body.path', searchText: 'body.search_key' },
    f,
  );
  const notOwn = sql<boolean>`body.path not like ${`${actorBody.path}%`}`;
  if (f.view === 'mine') query = query.where('estimate.body_id', '=', actorBody.id);
  if (f.view === 'consolidate') {
    query = finance
      ? query.where(sql<boolean>`false`)
      : query
          .where((eb) => withinScopes(eb, sql.ref<string>('body.path'), managed))
          .where((eb) => withinScopes(eb, sql.ref<string>('issuer.path'), managed))
          .where(notOwn)
          .where('estimate.status', '<>', 'draft');
  }
  if (f.view === 'appraise') {
    query = finance
      ? query
          .where((eb) => withinScopes(eb, sql.ref<string>('body.path'), managed))
          .where('body.path', 'like', `${parentPath(actorBody.path)}%`)
          .where(notOwn)
          .where('estimate.status', 'in', ['consolidated', 'appraised', 'allocated'])
      : query.where(sql<boolean>`false`);
  }
  if (f.planId) query = query.where('estimate.plan_id', '=', f.planId);
  if (f.year !== undefined) query = query.where('estimate.year', '=', f.year);
  const counted = query;
  if (f.status) query = query.where('estimate.status', '=', f.status);
  const [{ rows, total }, byStatus] = await Promise.all([
    pageWithTotal(
      query
        .orderBy('estimate.year', 'desc')
        .orderBy(sql`estimate.submitted_at`, (o) => o.desc().nullsLast())
        .orderBy('body.name')
        .orderBy('estimate.id'),
      f,
    ),
    counted
      .clearSelect()
      .select(['estimate.status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('estimate.status')
      .execute(),
  ]);
  const counts = Object.fromEntries(ESTIMATE_STATUSES.map((status) => [status, 0])) as Record<
    EstimateStatus,
    number
  >;
  for (const row of byStatus) counts[row.status] = Number(row.n);
  return { items: rows.map(presentEstimateSummary), total, counts };
}
