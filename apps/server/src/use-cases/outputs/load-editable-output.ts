import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { outputQuery } from '../../rows/output.ts';

/** An output the actor may change (`communicate` over its body), or 404 (missing and hidden alike). */
export async function loadEditableOutput(ctx: Context, id: string) {
  const row = await outputQuery(ctx.db).where('o.id', '=', id).executeTakeFirst();
  if (!row || !can(ctx.actor, 'communicate', row.body_path)) throw notFound('sản phẩm');
  return row;
}
