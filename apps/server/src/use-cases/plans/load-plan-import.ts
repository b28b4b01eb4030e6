import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/** An import the actor may review: only those who manage plans for its body. */
export async function loadPlanImport(ctx: Context, id: string) {
  const row = await ctx.db
    .selectFrom('plan_imports as i')
    .innerJoin('files as f', 'f.id', 'i.file_id')
    .selectAll('i')
    .select(['f.name as file_name', 'f.size as file_size'])
    .where('i.id', '=', id)
    .executeTakeFirst();
  const body = row ? await unsafeFindBody(ctx.db, row.body_id) : undefined;
  if (!row || !body || !can(ctx.actor, 'managePlans', body.path)) throw notFound('bản nhập kế hoạch');
  return { row, body };
}
