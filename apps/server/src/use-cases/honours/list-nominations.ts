import { withinScopes } from '@lantoa/db';
import type { HonourForm, NominationStatus } from '@lantoa/domain';
import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { pageWithTotal } from '../shared/paged-search.ts';
import { type ScopedSearch, scopedSearch } from '../shared/scoped-search.ts';
import { nominationQuery, nominationSummaryView } from './nomination-row.ts';

export interface NominationFilter extends ScopedSearch {
  year?: number | undefined;
  status?: NominationStatus | undefined;
  form?: HonourForm | undefined;
  /**
   * all: every nomination the reader sees; to_decide: those waiting for a decision the reader takes
   * (a decider over the body above the nominating one); mine: those the reader made or the reader's
   * own body made.
   */
  view: 'all' | 'to_decide' | 'mine';
}

/**
 * The nominations the actor reads (the readers of the nominee body: the nominating body's, the
 * nominee's and the deciders above), searched without diacritics (names, title, decision number),
 * by year, status, form and tab; newest year first, those waiting first. With how many of the list,
 * whatever the status filter, wait, were approved and rejected (the tabs' counts).
 */
export async function listNominations(ctx: Context, f: NominationFilter) {
  let query = await scopedSearch(
    ctx,
    nominationQuery(ctx.db),
    { path: 'nominee.path', searchText: 'nomination.search_text' },
    f,
  );
  if (f.year) query = query.where('nomination.year', '=', f.year);
  if (f.form) query = query.where('nomination.honour_form', '=', f.form);
  if (f.view === 'to_decide') {
    const deciding = scopePaths(ctx.actor, 'decideHonours');
    query = query
      .where('nomination.status', '=', 'submitted')
      .where((eb) => withinScopes(eb, eb.ref('deciding.path'), deciding));
  }
  if (f.view === 'mine') {
    query = query.where((eb) =>
      eb.or([
        eb('nomination.created_by', '=', ctx.actor.userId),
        eb('nomination.nominating_body_id', '=', ctx.actor.bodyId),
      ]),
    );
  }
  const listed = f.status ? query.where('nomination.status', '=', f.status) : query;
  const [{ rows, total }, counts] = await Promise.all([
    pageWithTotal(
      listed
        .orderBy('nomination.year', 'desc')
        .orderBy((eb) => eb.case().when('nomination.status', '=', 'submitted').then(0).else(1).end())
        .orderBy('nomination.created_at', 'desc')
        .orderBy('nomination.id'),
      f,
    ),
    query
      .clearSelect()
      .select((eb) => [
        eb.fn
          .count<number>('nomination.id')
          .filterWhere('nomination.status', '=', 'submitted')
          .as('submitted'),
        eb.fn.count<number>('nomination.id').filterWhere('nomination.status', '=', 'approved').as('approved'),
        eb.fn.count<number>('nomination.id').filterWhere('nomination.status', '=', 'rejected').as('rejected'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(nominationSummaryView),
    total,
    counts: {
      submitted: Number(counts.submitted),
      approved: Number(counts.approved),
      rejected: Number(counts.rejected),
    },
  };
}
