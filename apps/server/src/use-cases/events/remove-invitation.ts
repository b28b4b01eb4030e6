import { recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { getEvent } from './get-event.ts';
import { loadManagedEvent } from './load-event.ts';

/**
 * The organiser takes back an invitation sent by mistake; not once the body's people were counted
 * there (they came: the count stays, and so does the invitation it belongs to).
 */
export async function removeInvitation(ctx: Context, id: string, bodyId: string) {
  const { event, invitations } = await loadManagedEvent(ctx, id);
  const invitation = invitations.find((i) => i.body_id === bodyId);
  if (!invitation) throw notFound('lời mời');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('events').select('id').where('id', '=', id).forUpdate().execute();
    const counted = await trx
      .selectFrom('event_attendance_counts')
      .select('audience')
      .where('event_id', '=', id)
      .where('body_id', '=', bodyId)
      .executeTakeFirst();
    if (counted) {
      throw new AppError(
        'conflict',
        `${invitation.name} đã được ghi số người tham dự nên không bỏ lời mời được. Hãy sửa số người tham dự nếu ghi nhầm.`,
      );
    }
    await trx
      .deleteFrom('event_invitations')
      .where('event_id', '=', id)
      .where('body_id', '=', bodyId)
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: event.organiser_body_id,
      action: 'event.invite',
      entityType: 'event',
      entityId: id,
      before: {
        invited: { bodyId, name: invitation.name, response: invitation.response },
      },
      after: { invited: null },
    });
  });
  return getEvent(ctx, id);
}
