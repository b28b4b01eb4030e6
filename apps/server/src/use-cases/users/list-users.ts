import { grantsOf, type UserWithBody, withinScopes } from '@lantoa/db';
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
  const scopes = scopePaths(ctx.actor, 'manageUsers');
  let query = ctx.db
    .selectFrom('users as u')
    .innerJoin('bodies as b', 'b.id', 'u.body_id')
    .where((eb) => withinScopes(eb, eb.ref('b.path'), scopes))
    // The same rule as `reachesAccount`, in SQL: no grant whose scope lies outside.
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('role_grants as g')
            .innerJoin('bodies as sb', 'sb.id', 'g.scope_body_id')
            .select('g.user_id')
            .whereRef('g.user_id', '=', 'u.id')
            .where((inner) => inner.not(withinScopes(inner, inner.ref('sb.path'), scopes))),
        ),
      ),
    );
  if (body) query = query.where('b.path', 'like', `${body.path}%`);
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[%_\\]/g, '')}%`;
    query = query.where((eb) =>
      eb.or([eb('u.username', 'like', like), eb(eb.fn('lower', ['u.full_name']), 'like', like)]),
    );
  }
  const [rows, total] = await Promise.all([
    query
      .selectAll('u')
      .select(['b.name as body_name', 'b.kind as body_kind', 'b.path as body_path'])
      .orderBy('u.username')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute() as Promise<UserWithBody[]>,
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const grants = await grantsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentUser(r, grants.get(r.id) ?? [])), total: Number(total.n) };
}
