import { type BodyInput, bodyColumns } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { presentBody } from '../../presenters/present.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { assertCodeFree, assertKindAllowed } from './body-rules.ts';
import { getBody, loadReadableBody } from './get-body.ts';

/**
 * Edits a body and answers it as it now stands. `version` is the one the editor loaded: if someone
 * saved in between, the edit is refused with 409 instead of silently overwriting theirs.
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
  await ctx.db.transaction().execute(async (trx) => {
    await assertCodeFree(trx, next.code, current.id);
    await updateVersioned(trx, {
      table: 'bodies',
      id,
      version: patch.version,
      what: 'Đơn vị',
      set: { ...next, updated_at: new Date() },
      audit: (row) => ({
        actorId: ctx.actor.userId,
        bodyId: id,
        action: 'body.update',
        entityType: 'body',
        before,
        after: presentBody(row),
      }),
    });
  });
  return (await getBody(ctx, id)).body;
}
