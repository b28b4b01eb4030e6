import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { isTaskReadable } from '../plans/load-plan.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { type CourseInput, checkedQuotas, courseColumns } from './course-input.ts';
import { loadTrainingBody } from './load-training-body.ts';

/**
 * A body organises a training course or a briefing, asks each invited body to send N people (a
 * training: they nominate from their rosters), and may tie it to the plan task it carries out.
 */
export async function createCourse(ctx: Context, organiserBodyId: string, input: CourseInput) {
  const organiser = await loadTrainingBody(ctx, organiserBodyId);
  const columns = courseColumns(input);
  const quotas = await checkedQuotas(ctx, input.quotas);
  if (columns.task_id) {
    if (!(await isTaskReadable(ctx, columns.task_id)))
      throw new AppError(
        'invalid_input',
        'Không tìm thấy nhiệm vụ đã chọn. Hãy chọn lại nhiệm vụ.',
        'taskId',
      );
  }
  return ctx.db.transaction().execute(async (trx) => {
    const course = await insertAudited(trx, {
      table: 'courses',
      values: { organiser_body_id: organiser.id, ...columns, created_by: ctx.actor.userId },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: organiser.id,
        action: 'course.create',
        entityType: 'course',
        after: { ...columns, quotas },
      }),
    });
    if (quotas.length) {
      await trx
        .insertInto('course_quotas')
        .values(quotas.map((q) => ({ course_id: course.id, body_id: q.bodyId, quota: q.quota })))
        .execute();
    }
    return { id: course.id };
  });
}
