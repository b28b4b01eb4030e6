import { listAudit } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentSnapshot } from '../../presenters/present.ts';
import { loadReadableBody } from '../bodies/get-body.ts';

export async function listAuditInScope(
  ctx: Context,
  f: {
    bodyId?: string | undefined;
    userId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const scopes = scopePaths(ctx.actor, 'readAudit');
  const body = f.bodyId ? await loadReadableBody(ctx, f.bodyId) : null;
  const { rows, total } = await listAudit(ctx.db, {
    scopePaths: scopes,
    // Entries tied to no body are system-wide: only for those who audit the whole tree.
    includeUnscoped: scopes.some((p) => p.split('/').filter(Boolean).length === 1),
    bodyPath: body?.path,
    actorId: f.userId,
    from: f.from,
    to: f.to,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      // Joined on the entry's actor and body (never deleted): absent only for system-wide entries.
      actor:
        r.actor_id && r.username !== null && r.full_name !== null
          ? { id: r.actor_id, username: r.username, fullName: r.full_name }
          : null,
      body:
        r.body_id && r.body_name !== null && r.body_kind !== null
          ? { id: r.body_id, name: r.body_name, kind: r.body_kind }
          : null,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: presentSnapshot(r.before),
      after: presentSnapshot(r.after),
    })),
    total,
  };
}
