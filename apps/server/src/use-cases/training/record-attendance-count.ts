import { recordAudit } from '@lantoa/db';
import { type Audience, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { loadVisibleCourse } from './load-course.ts';

/**
 * How many people of an audience an invited body had at a briefing (people counted, not named):
 * the organiser records it, or the body itself. Recording again replaces it.
 */
export async function recordAttendanceCount(
  ctx: Context,
  courseId: string,
  input: { bodyId: string; audience: Audience; attended: number },
  now = new Date(),
) {
  const { course, invited, organises, keeps } = await loadVisibleCourse(ctx, courseId);
  const body = invited.find((b) => b.id === input.bodyId);
  if (!body || !(organises || keeps.has(body.id))) throw notFound('đơn vị được mời');
  if (!course.audiences.includes(input.audience)) {
    throw new AppError(
      'invalid_input',
      'Đối tượng này không thuộc hội nghị. Hãy chọn một đối tượng của hội nghị.',
      'audience',
    );
  }
  if (vietnamToday(now) < course.starts_on) {
    throw new AppError(
      'conflict',
      'Hội nghị chưa diễn ra nên chưa ghi được số người dự. Hãy ghi từ ngày hội nghị.',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('course_attendance_counts')
      .select('attended')
      .where('course_id', '=', course.id)
      .where('body_id', '=', body.id)
      .where('audience', '=', input.audience)
      .forUpdate()
      .executeTakeFirst();
    await trx
      .insertInto('course_attendance_counts')
      .values({
        course_id: course.id,
        body_id: body.id,
        audience: input.audience,
        attended: input.attended,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['course_id', 'body_id', 'audience'])
          .doUpdateSet({ attended: input.attended, updated_at: now }),
      )
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'course.count',
      entityType: 'course',
      entityId: course.id,
      before: before ? { attended: before.attended } : null,
      after: input,
    });
  });
  return { bodyId: body.id, audience: input.audience, attended: input.attended };
}
