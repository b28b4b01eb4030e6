import type { invitationAnswer } from '@lantoa/api-contract/events';
import { recordAudit } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { getEvent } from './get-event.ts';
import { loadVisibleEvent } from './load-event.ts';

/**
 * An invited body (its people with `manageEvents` over it) confirms, with how many people it expects
 * to send, or declines; answering again replaces the answer, until the event is held or cancelled.
 */
export async function answerInvitation(
  ctx: Context,
  id: string,
  bodyId: string,
  input: z.output<typeof invitationAnswer>,
  now = new Date(),
) {
  const { event, invitations } = await loadVisibleEvent(ctx, id);
  const invitation = invitations.find((i) => i.body_id === bodyId);
  if (!invitation || !can(ctx.actor, 'manageEvents', invitation.path)) throw notFound('lời mời');
  if (event.status !== 'planned') {
    throw new AppError(
      'conflict',
      event.status === 'held'
        ? 'Sự kiện đã tổ chức xong. Hãy ghi số người đã tham dự thay cho trả lời lời mời.'
        : 'Sự kiện đã hủy nên không cần trả lời lời mời.',
    );
  }
  const expected = input.response === 'confirmed' ? input.attendeesExpected : null;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('event_invitations')
      .set({
        response: input.response,
        attendees_expected: expected,
        responded_by: ctx.actor.userId,
        responded_at: now,
      })
      .where('event_id', '=', id)
      .where('body_id', '=', bodyId)
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId,
      action: 'event.respond',
      entityType: 'event',
      entityId: id,
      before: { response: invitation.response, attendeesExpected: invitation.attendees_expected },
      after: { response: input.response, attendeesExpected: expected },
    });
  });
  return getEvent(ctx, id);
}
