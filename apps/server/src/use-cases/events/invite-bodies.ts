import type { invitationsInput } from '@lantoa/api-contract/events';
import { listBodiesByIds, recordAudit } from '@lantoa/db';
import { can, mayInvite } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { getEvent } from './get-event.ts';
import { loadManagedEvent } from './load-event.ts';

/**
 * The organiser invites bodies inside its subtree (a province's event: its departments and communes);
 * each body once: those already invited are left as they are, and a call that adds none is refused.
 */
export async function inviteBodies(
  ctx: Context,
  id: string,
  input: z.output<typeof invitationsInput>,
  now = new Date(),
) {
  const { event } = await loadManagedEvent(ctx, id);
  if (event.status === 'cancelled') {
    throw new AppError('conflict', 'Sự kiện đã hủy nên không mời thêm được.');
  }
  const ids = [...new Set(input.bodyIds)];
  const bodies = await listBodiesByIds(ctx.db, ids);
  const readable = bodies.filter((body) => can(ctx.actor, 'readBody', body.path));
  if (readable.length !== ids.length) throw notFound('đơn vị được mời');
  const outside = readable.find((body) => !mayInvite(event.organiser_path, body.path));
  if (outside) {
    throw new AppError(
      'invalid_input',
      `${outside.name} không trực thuộc ${event.organiser_name}. Chỉ mời được các đơn vị trực thuộc đơn vị tổ chức.`,
      'bodyIds',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const added = await trx
      .insertInto('event_invitations')
      .values(ids.map((bodyId) => ({ event_id: id, body_id: bodyId, invited_at: now })))
      .onConflict((oc) => oc.columns(['event_id', 'body_id']).doNothing())
      .returning('body_id')
      .execute();
    if (added.length === 0) {
      throw new AppError(
        'conflict',
        ids.length === 1 ? 'Đơn vị này đã được mời rồi.' : 'Các đơn vị này đều đã được mời rồi.',
        'bodyIds',
      );
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: event.organiser_body_id,
      action: 'event.invite',
      entityType: 'event',
      entityId: id,
      after: {
        invited: added.map((row) => ({
          bodyId: row.body_id,
          name: readable.find((body) => body.id === row.body_id)?.name,
        })),
      },
    });
  });
  return getEvent(ctx, id);
}
