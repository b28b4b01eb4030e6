import { grantsOf, listUsers } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentUser } from '../../presenters/present.ts';
import { loadReadableBody } from '../bodies/get-body.ts';

/**
 * The accounts the actor manages: those the domain's `reachesAccount` lets it act on, i.e. whose
 * home body and every grant's scope lie inside its administration. An account of the province that
 * holds a national or another province's grant is left out, not shown with its grants hidden: it
 * belongs to the administrator of that wider scope, every action on it would answer 404, and
 * listing it would tell a provincial administrator who holds national rights.
 */
export async function listUsersInScope(
  ctx: Context,
  f: { bodyId?: string | undefined; q?: string | undefined; page: number; pageSize: number },
) {
  const body = f.bodyId ? await loadReadableBody(ctx, f.bodyId) : null;
  const { rows, total } = await listUsers(ctx.db, {
    scopePaths: scopePaths(ctx.actor, 'manageUsers'),
    bodyPath: body?.path,
    text: f.q,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  const grants = await grantsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentUser(r, grants.get(r.id) ?? [])), total };
}
