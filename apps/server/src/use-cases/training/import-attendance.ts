import { normalizeVietnamesePhone, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { UploadedFile } from '../files/store-file.ts';
import { byRow, cellPhone, cellText, foldedKey, type RowError, readImportSheet } from './import-sheet.ts';
import { loadOrganisedCourse } from './load-course.ts';
import { markAttendance } from './mark-attendance.ts';
import { ROSTER_HEADERS } from './roster-template.ts';

/** Rows per file: a course's participants, thousands at most. */
const MAX_ATTENDANCE_ROWS = 5000;

/**
 * When an imported presence is dated: the course's last day at 17:00 in Vietnam, the end of its
 * session, so the computed indicators count it in the course's year (not on the day of the upload);
 * never after the upload itself, for a list imported while the course still runs.
 */
export function importedAttendanceAt(endsOn: string, now: Date): Date {
  const endOfSession = new Date(`${endsOn}T17:00:00+07:00`);
  return now < endOfSession ? now : endOfSession;
}

/**
 * Who came, from a sheet the organiser kept (a sign-in list typed up, a platform's export): each
 * row's phone must be a participant sent to this course, who is then marked present ('imported').
 * A name beside the phone must be that participant's (folded), so a mistyped number does not mark
 * someone else. Unknown phones, a phone shared by two people sent, and a person on two rows are
 * listed; with any error nothing is stored, unless the organiser keeps the good rows. Someone
 * already present (by QR, ticked, an earlier import) stays as they were: a person counts once.
 */
export async function importAttendance(
  ctx: Context,
  courseId: string,
  file: UploadedFile,
  options: { keepGoodRows: boolean },
  now = new Date(),
) {
  const { course } = await loadOrganisedCourse(ctx, courseId);
  if (vietnamToday(now) < course.starts_on) {
    throw new AppError(
      'conflict',
      'Lớp chưa diễn ra nên chưa điểm danh được. Hãy nhập danh sách có mặt từ ngày bắt đầu.',
    );
  }
  const sheet = await readImportSheet(file, {
    headers: { phone: ROSTER_HEADERS.phone, fullName: ROSTER_HEADERS.fullName },
    required: ['phone'],
    notTemplate:
      'Không thấy cột "Số điện thoại" ở hàng tiêu đề. Hãy đặt tiêu đề "Số điện thoại" cho cột số di động của người dự rồi tải lên lại.',
    maxRows: MAX_ATTENDANCE_ROWS,
    rowsLabel: 'dòng',
    columns: 30,
  });
  const participants = await ctx.db
    .selectFrom('course_participants as participant')
    .innerJoin('roster_people as person', 'person.id', 'participant.person_id')
    .select(['participant.id', 'person.full_name', 'person.phone'])
    .where('participant.course_id', '=', course.id)
    .where('person.phone', 'is not', null)
    .execute();
  const byPhone = new Map<string, typeof participants>();
  for (const p of participants)
    byPhone.set(p.phone as string, [...(byPhone.get(p.phone as string) ?? []), p]);

  const errors: RowError[] = [];
  const chosen = new Map<string, number>();
  for (const { number, cells } of sheet.rows) {
    const fail = (field: string, message: string) => errors.push({ row: number, field, message });
    const raw = cellPhone(sheet.cell(cells, 'phone'));
    const name = cellText(sheet.cell(cells, 'fullName'));
    if (!raw) {
      fail('phone', 'Thiếu số điện thoại. Hãy ghi số di động của người dự.');
      continue;
    }
    const phone = normalizeVietnamesePhone(raw);
    if (!phone.ok) {
      fail('phone', phone.message);
      continue;
    }
    const sent = byPhone.get(phone.value) ?? [];
    const [participant] = sent;
    if (!participant) {
      fail(
        'phone',
        `Số ${raw} không có trong danh sách được cử của lớp. Hãy kiểm tra lại số, hoặc đề nghị đơn vị cử người này trước.`,
      );
      continue;
    }
    if (sent.length > 1) {
      fail(
        'phone',
        `Số ${raw} là của nhiều người được cử (${sent.map((p) => p.full_name).join(', ')}). Hãy điểm danh những người này trên danh sách của lớp.`,
      );
      continue;
    }
    if (name && foldedKey(name) !== foldedKey(participant.full_name)) {
      fail(
        'fullName',
        `Số ${raw} là của ${participant.full_name} được cử, không phải «${name}». Hãy kiểm tra lại số điện thoại hoặc họ tên.`,
      );
      continue;
    }
    const first = chosen.get(participant.id);
    if (first !== undefined) {
      fail('phone', `${participant.full_name} đã có ở dòng ${first}: mỗi người chỉ được tính một lần.`);
      continue;
    }
    chosen.set(participant.id, number);
  }
  byRow(errors);
  if ((errors.length > 0 && !options.keepGoodRows) || chosen.size === 0) {
    return { imported: 0, alreadyPresent: 0, errors };
  }
  const at = importedAttendanceAt(course.ends_on, now);
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('course_participants')
      .selectAll()
      .where('course_id', '=', course.id)
      .where('id', 'in', [...chosen.keys()])
      .forUpdate()
      .execute();
    const absent = rows.filter((r) => r.attended_at === null);
    await markAttendance(trx, absent, {
      method: 'imported',
      at,
      actorId: ctx.actor.userId,
      note: { file: file.name },
    });
    // A participant withdrawn while the file was read is gone from `rows`: counted nowhere.
    return { imported: absent.length, alreadyPresent: rows.length - absent.length, errors };
  });
}
