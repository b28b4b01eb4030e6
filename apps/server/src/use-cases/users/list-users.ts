import { grantsOf, listUsers } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentUser } from '../../presenters/present.ts';
import { loadReadableBody } from '../bodies/get-body.ts';

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
