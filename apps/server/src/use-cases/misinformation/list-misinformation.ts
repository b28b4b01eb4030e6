import { withinScopes } from '@lantoa/db';
import {
  MISINFORMATION_STATUSES,
  type MisinformationAge,
  type MisinformationStatus,
  type MisinformationVerdict,
  misinformationAgeRange,
  scopePaths,
} from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { normaliseReceiptCode } from '../public-site/receipt-code.ts';
import { pageWithTotal } from '../shared/paged-search.ts';
import { caseQuery, presentCaseSummary } from './case-row.ts';

export interface MisinformationFilter {
  status?: MisinformationStatus | undefined;
  verdict?: MisinformationVerdict | undefined;
  age?: MisinformationAge | undefined;
  /** A receipt code, or a part of the description or the link. */
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/**
 * The cases the actor reads (those of the sites, handling bodies or reporting bodies in their scopes;
 * the rule of case-access.ts as a filter), newest first, by status, verdict and age, with how many
 * of each status the other filters leave, for the tabs.
 */
export async function listMisinformation(ctx: Context, f: MisinformationFilter) {
  const scopes = scopePaths(ctx.actor, 'readBody');
  const now = new Date();
  let query = caseQuery(ctx.db).where((eb) =>
    eb.or([
      withinScopes(eb, eb.ref('site.path'), scopes),
      withinScopes(eb, eb.ref('handler.path'), scopes),
      withinScopes(eb, eb.ref('reporter.path'), scopes),
    ]),
  );
  if (f.verdict) query = query.where('report.verdict', '=', f.verdict);
  if (f.age) {
    const { after, until } = misinformationAgeRange(f.age, now);
    if (after) query = query.where('report.created_at', '>', after);
    if (until) query = query.where('report.created_at', '<=', until);
  }
  const q = f.q?.trim();
  if (q) {
    // No folded column here: a code is matched whole, words as typed (a case list is short).
    const pattern = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        eb('report.code', '=', normaliseReceiptCode(q)),
        eb('report.description', 'ilike', pattern),
        eb('report.link', 'ilike', pattern),
      ]),
    );
  }
  const byStatus = f.status ? query.where('report.status', '=', f.status) : query;
  const [{ rows, total }, counted] = await Promise.all([
    pageWithTotal(byStatus.orderBy('report.created_at', 'desc').orderBy('report.id'), f),
    query
      .clearSelect()
      .select((eb) => ['report.status', eb.fn.countAll<number>().as('n')])
      .groupBy('report.status')
      .execute(),
  ]);
  const counts = Object.fromEntries(MISINFORMATION_STATUSES.map((s) => [s, 0])) as Record<
    MisinformationStatus,
    number
  >;
  for (const c of counted) counts[c.status] = Number(c.n);
  return { items: rows.map((row) => presentCaseSummary(row, now)), total, counts };
}
