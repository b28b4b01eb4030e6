import { vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadOrganisedCourse } from './load-course.ts';
import { markAttendance } from './mark-attendance.ts';

/**
 * The organiser ticks who came (or takes a tick back) from the list of people sent, when there is
 * no QR code on the day or a phone could not scan it. A certified participant stays present.
 */
export async function tickAttendance(
  ctx: Context,
  courseId: string,
  input: { participantIds: string[]; present: boolean },
  now = new Date(),
) {
  const { course } = await loadOrganisedCourse(ctx, courseId);
  if (vietnamToday(now) < course.starts_on) {
    throw new AppError(
      'conflict',
      'Lớp chưa diễn ra nên chưa điểm danh được. Hãy điểm danh từ ngày bắt đầu.',
    );
  }
  const ids = [...new Set(input.participantIds)];
  return ctx.db.transaction().execute(async (trx) => {
    const rows = ids.length
      ? await trx
          .selectFrom('course_participants')
          .selectAll()
          .where('course_id', '=', course.id)
          .where('id', 'in', ids)
          .forUpdate()
          .execute()
      : [];
    if (rows.length !== ids.length) {
      throw new AppError(
        'invalid_input',
        'Có người không thuộc danh sách được cử của lớp. Hãy tải lại trang.',
        'participantIds',
      );
    }
    if (!input.present && rows.some((r) => r.certificate_no)) {
      throw new AppError('conflict', 'Người đã được cấp giấy chứng nhận không bỏ điểm danh được.');
    }
    const changing = rows.filter((r) => (r.attended_at !== null) !== input.present);
    await markAttendance(trx, changing, {
      method: input.present ? 'ticked' : null,
      at: now,
      actorId: ctx.actor.userId,
    });
    return { changed: changing.length };
  });
}
