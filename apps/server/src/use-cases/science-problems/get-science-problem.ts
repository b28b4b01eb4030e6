import type { Database } from '@lantoa/db';
import { can } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { publicPath } from '../../public-pages/public-layout.ts';
import { loadVisibleScienceProblem } from './load-science-problem.ts';
import { presentScienceProblemSummary, type ScienceProblemRow } from './science-problem-row.ts';

/**
 * Where a published problem is read by the public: its page on the public home of its province,
 * which shows the problems of every body under it. Null for a draft (it has no page yet).
 */
async function publicUrlOf(db: Kysely<Database>, row: ScienceProblemRow, publicUrl: string) {
  if (row.status === 'draft') return null;
  const province = await db
    .selectFrom('bodies')
    .select('code')
    .where('kind', '=', 'province')
    .where(sql<boolean>`${row.body_path} like bodies.path || '%'`)
    .executeTakeFirst();
  if (!province?.code) return null;
  return `${publicUrl.replace(/\/+$/, '')}${publicPath(province.code, 'problems', row.id)}`;
}

/** The contract's `scienceProblem`. */
export async function presentScienceProblem(ctx: Context, row: ScienceProblemRow, publicUrl: string) {
  return {
    ...presentScienceProblemSummary(row),
    needs: row.needs,
    expected: row.expected,
    outcome: row.outcome,
    publicUrl: await publicUrlOf(ctx.db, row, publicUrl),
    canManage: can(ctx.actor, 'communicate', row.body_path),
    version: row.version,
  };
}

/** A problem of a body the actor reads, with what the actor may do with it. */
export async function getScienceProblem(ctx: Context, id: string, publicUrl: string) {
  return presentScienceProblem(ctx, await loadVisibleScienceProblem(ctx, id), publicUrl);
}
