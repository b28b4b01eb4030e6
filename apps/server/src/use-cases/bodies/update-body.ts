import { type BodyInput, bodyColumns, recordAudit } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { presentBody } from '../../presenters/present.ts';
import { assertCodeFree, assertKindAllowed } from './body-rules.ts';
import { loadReadableBody } from './get-body.ts';

/**
 * Edits a body. `version` is the one the editor loaded: if someone saved in between, the edit is
 * refused with 409 instead of silently overwriting theirs.
 */
export async function updateBody(ctx: Context, id: string, patch: Partial<BodyInput> & { version: number }) {
  const current = await loadReadableBody(ctx, id);
  if (!can(ctx.actor, 'editBody', current.path)) {
    throw new AppError('not_found', 'Bạn không có quyền sửa đơn vị này. Hãy liên hệ điều phối viên.');
  }
  const before = presentBody(current);
  const kind = patch.kind ?? current.kind;
  if (patch.kind && patch.kind !== current.kind) assertKindAllowed(kind, patch.code ?? current.code);
  const next = bodyColumns({
    kind,
    name: patch.name ?? current.name,
    shortNames: patch.shortNames ?? current.short_names,
    aliases: patch.aliases ?? current.aliases,
    code: patch.code === undefined ? current.code : patch.code,
  });
  return ctx.db.transaction().execute(async (trx) => {
    await assertCodeFree(trx, next.code, current.id);
    const updated = await trx
      .updateTable('bodies')
      .set({ ...next, version: patch.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', patch.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) {
      throw new AppError(
        'stale_version',
        'Đơn vị vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.',
      );
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: id,
      action: 'body.update',
      entityType: 'body',
      entityId: id,
      before,
      after: presentBody(updated),
    });
    return presentBody(updated);
  });
}
