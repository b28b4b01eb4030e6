import { recordAudit } from '@lantoa/db';
import { vietnamToday } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadOrganisedCourse } from './load-course.ts';

/**
 * The organiser certifies every participant of a training who attended and has no certificate yet:
 * each gets a number from one sequence ("CN-2026-000012"), never reused. Once the course has ended.
 */
export async function issueCertificates(ctx: Context, courseId: string, now = new Date()) {
  const { course, organiser } = await loadOrganisedCourse(ctx, courseId);
  if (course.kind !== 'training') {
    throw new AppError(
      'conflict',
      'Giấy chứng nhận chỉ cấp cho lớp tập huấn, bồi dưỡng, không cấp cho hội nghị.',
    );
  }
  if (vietnamToday(now) < course.ends_on) {
    throw new AppError('conflict', 'Lớp chưa kết thúc. Hãy cấp giấy chứng nhận từ ngày cuối của lớp.');
  }
  const year = vietnamToday(now).slice(0, 4);
  return ctx.db.transaction().execute(async (trx) => {
    const issued = await trx
      .updateTable('course_participants')
      .set({
        certificate_no: sql<string>`'CN-' || ${year} || '-' || lpad(nextval('certificate_no_seq')::text, 6, '0')`,
        certificate_issued_at: now,
      })
      .where('course_id', '=', course.id)
      .where('attended_at', 'is not', null)
      .where('certificate_no', 'is', null)
      .returning(['id', 'certificate_no'])
      .execute();
    if (issued.length) {
      await recordAudit(trx, {
        actorId: ctx.actor.userId,
        bodyId: organiser.id,
        action: 'course.certify',
        entityType: 'course',
        entityId: course.id,
        after: { certificates: issued.map((p) => p.certificate_no) },
      });
    }
    return { issued: issued.length };
  });
}
