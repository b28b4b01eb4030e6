import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/**
 * A province or commune whose public home the actor keeps (`communicate` over it: the province's
 * coordinators and administrators, the commune's focal point and those above it), with its saved
 * settings if any; 404 for any other body, or one the actor does not keep (missing and forbidden alike).
 */
export async function loadManagedSite(ctx: Context, bodyId: string) {
  const row = await ctx.db
    .selectFrom('bodies as b')
    .leftJoin('public_sites as s', 's.body_id', 'b.id')
    .select([
      'b.id',
      'b.name',
      'b.kind',
      'b.code',
      'b.path',
      's.enabled',
      's.intro',
      's.feedback_days',
      's.show_honours',
      's.version',
      's.updated_at',
    ])
    .where('b.id', '=', bodyId)
    .where('b.kind', 'in', ['province', 'commune'])
    .executeTakeFirst();
  if (!row?.code || !can(ctx.actor, 'communicate', row.path)) throw notFound('trang công khai');
  return { ...row, code: row.code, kind: row.kind as 'province' | 'commune' };
}

export type ManagedSite = Awaited<ReturnType<typeof loadManagedSite>>;
