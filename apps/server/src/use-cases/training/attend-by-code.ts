import type { Database } from '@lantoa/db';
import { normalizeVietnamesePhone } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../http/errors.ts';
import { verifyAttendanceCode } from './attendance-code.ts';
import { COURSE_HEADING } from './course-heading.ts';
import { markAttendance } from './mark-attendance.ts';

/** The course a participant's phone opened, for the attendance page. */
export async function loadCourseForAttendance(db: Kysely<Database>, courseId: string) {
  const course = await db
    .selectFrom('courses as course')
    .innerJoin('bodies as organiser', 'organiser.id', 'course.organiser_body_id')
    .select(['course.id', ...COURSE_HEADING])
    .where('course.id', '=', courseId)
    .executeTakeFirst();
  if (!course) throw notFound('lớp tập huấn');
  return course;
}

/**
 * A participant scans the session's QR code and gives their phone number: the person sent to this
 * course with that number is marked present (a second scan changes nothing). A code that is forged,
 * of another course or expired, or a number not among those sent, records nothing.
 */
export async function attendByCode(
  db: Kysely<Database>,
  input: { courseId: string; code: string; phone: string },
  now = new Date(),
) {
  const course = await loadCourseForAttendance(db, input.courseId);
  await verifyAttendanceCode(db, course.id, input.code, now);
  const phone = normalizeVietnamesePhone(input.phone);
  if (!phone.ok) throw new AppError('invalid_input', phone.message, 'phone');
  return db.transaction().execute(async (trx) => {
    const participant = await trx
      .selectFrom('course_participants as participant')
      .innerJoin('roster_people as person', 'person.id', 'participant.person_id')
      .innerJoin('bodies as body', 'body.id', 'participant.body_id')
      .selectAll('participant')
      .select(['person.full_name', 'body.name as body_name'])
      .where('participant.course_id', '=', course.id)
      .where('person.phone', '=', phone.value)
      .forUpdate(['participant'])
      .executeTakeFirst();
    if (!participant) {
      throw new AppError(
        'not_found',
        'Số điện thoại này không có trong danh sách được cử dự lớp. Hãy kiểm tra lại số, hoặc báo ban tổ chức để được điểm danh.',
        'phone',
      );
    }
    const already = participant.attended_at !== null;
    if (!already) await markAttendance(trx, [participant], { method: 'qr', at: now, actorId: null });
    return { topic: course.topic, fullName: participant.full_name, bodyName: participant.body_name, already };
  });
}
