import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/** The organiser body whose bank the actor manages; 404 otherwise. */
export async function loadBankBody(ctx: Context, bodyId: string) {
  const body = await unsafeFindBody(ctx.db, bodyId);
  if (!body || !can(ctx.actor, 'manageContests', body.path)) throw notFound('ngân hàng câu hỏi');
  return body;
}
