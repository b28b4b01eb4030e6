import { recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { loadVisibleCourse } from './load-course.ts';

/** An invited body takes back someone it sent, while they have not attended. */
export async function withdrawParticipant(ctx: Context, courseId: string, participantId: string) {
  const { course, organises, keeps } = await loadVisibleCourse(ctx, courseId);
  const participant = await ctx.db
    .selectFrom('course_participants')
    .selectAll()
    .where('id', '=', participantId)
    .where('course_id', '=', course.id)
    .executeTakeFirst();
  if (!participant || !(keeps.has(participant.body_id) || organises)) throw notFound('người được cử');
  if (participant.attended_at) {
    throw new AppError('conflict', 'Người này đã được điểm danh nên không rút khỏi danh sách được.');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('course_participants')
      .where('id', '=', participant.id)
      .where('attended_at', 'is', null)
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: participant.body_id,
      action: 'course.withdraw',
      entityType: 'course',
      entityId: course.id,
      before: { participantId: participant.id, personId: participant.person_id },
    });
  });
}
