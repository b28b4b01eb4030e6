import { type BodyInput, insertBodies, recordAudit, unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { presentBody } from '../../presenters/present.ts';
import { assertCodeFree, assertKindAllowed } from './body-rules.ts';

export async function createBody(ctx: Context, input: BodyInput & { parentId: string }) {
  const parent = await unsafeFindBody(ctx.db, input.parentId);
  if (!parent || !can(ctx.actor, 'readBody', parent.path)) throw notFound('đơn vị cấp trên');
  if (!can(ctx.actor, 'editBody', parent.path)) {
    throw new AppError('not_found', 'Bạn không có quyền thêm đơn vị vào đây. Hãy liên hệ điều phối viên.');
  }
  assertKindAllowed(input.kind, input.code);
  return ctx.db.transaction().execute(async (trx) => {
    await assertCodeFree(trx, input.code ?? null, null);
    const [body] = await insertBodies(trx, parent, [input]);
    if (!body) throw new Error('insert returned nothing');
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'body.create',
      entityType: 'body',
      entityId: body.id,
      after: presentBody(body),
    });
    return presentBody(body);
  });
}
