import { vietnamToday } from '@lantoa/domain';
import { qrSvg } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { REFRESH_SECONDS, signAttendanceCode } from './attendance-code.ts';
import { loadOrganisedCourse } from './load-course.ts';

/**
 * The QR code the organiser shows at the session, on the course's days only: the link participants
 * open on their phones, its picture, and when to fetch the next one.
 */
export async function showAttendanceCode(
  ctx: Context,
  courseId: string,
  publicUrl: string,
  now = new Date(),
) {
  const { course } = await loadOrganisedCourse(ctx, courseId);
  const today = vietnamToday(now);
  if (today < course.starts_on || today > course.ends_on) {
    throw new AppError(
      'conflict',
      'Chỉ điểm danh bằng mã QR trong những ngày diễn ra lớp. Ngoài những ngày đó, hãy đánh dấu người tham dự trong danh sách.',
    );
  }
  const { code, expiresAt } = await signAttendanceCode(ctx.db, course.id, now);
  const url = `${publicUrl.replace(/\/$/, '')}/diem-danh/${course.id}?ma=${encodeURIComponent(code)}`;
  return { url, svg: await qrSvg(url), expiresAt: expiresAt.toISOString(), refreshSeconds: REFRESH_SECONDS };
}
