import { type CourseParticipantsTable, type Database, recordAudit } from '@lantoa/db';
import type { AttendanceMethod } from '@lantoa/domain';
import type { Kysely, Selectable } from 'kysely';

/**
 * Marks participants present (by QR, ticked, imported) or takes the mark back (`method` null), each
 * audited as `course.attend` with before and after, in the caller's transaction, which has locked the
 * rows. The one way attendance changes; the database keeps each person's `trained_at` from it.
 */
export async function markAttendance(
  trx: Kysely<Database>,
  rows: Selectable<CourseParticipantsTable>[],
  change: {
    method: AttendanceMethod | null;
    at: Date;
    actorId: string | null;
    note?: Record<string, unknown>;
  },
) {
  for (const row of rows) {
    const present = change.method !== null;
    await trx
      .updateTable('course_participants')
      .set(
        present
          ? { attended_at: change.at, attendance_method: change.method }
          : { attended_at: null, attendance_method: null },
      )
      .where('id', '=', row.id)
      .execute();
    await recordAudit(trx, {
      actorId: change.actorId,
      bodyId: row.body_id,
      action: 'course.attend',
      entityType: 'course_participant',
      entityId: row.id,
      before: { attendedAt: row.attended_at?.toISOString() ?? null, method: row.attendance_method },
      after: present
        ? { attendedAt: change.at.toISOString(), method: change.method, ...change.note }
        : { attendedAt: null, method: null },
    });
  }
}
