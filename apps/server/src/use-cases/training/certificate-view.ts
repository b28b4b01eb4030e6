import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { COURSE_HEADING } from './course-heading.ts';

/** What a certificate states, read from the records (null: no certificate with that id). */
export async function certificateView(db: Kysely<Database>, participantId: string) {
  const row = await db
    .selectFrom('course_participants as participant')
    .innerJoin('courses as course', 'course.id', 'participant.course_id')
    .innerJoin('roster_people as person', 'person.id', 'participant.person_id')
    .innerJoin('bodies as body', 'body.id', 'participant.body_id')
    .innerJoin('bodies as organiser', 'organiser.id', 'course.organiser_body_id')
    .leftJoin('bodies as governing', 'governing.id', 'organiser.parent_id')
    .select([
      'participant.id',
      'participant.course_id',
      'participant.body_id',
      'participant.certificate_no',
      'participant.certificate_issued_at',
      'person.full_name',
      'body.name as body_name',
      ...COURSE_HEADING,
      'governing.name as governing_name',
    ])
    .where('participant.id', '=', participantId)
    .where('participant.certificate_no', 'is not', null)
    .executeTakeFirst();
  if (!row?.certificate_no || !row.certificate_issued_at) return null;
  return { ...row, certificate_no: row.certificate_no, certificate_issued_at: row.certificate_issued_at };
}

/** The public page a certificate's QR code opens. */
export const certificateUrl = (publicUrl: string, participantId: string) =>
  `${publicUrl.replace(/\/$/, '')}/chung-nhan/${participantId}`;
