import type { Context } from '../../http/context.ts';
import { loadVisibleCourse } from './load-course.ts';

/**
 * A course as its organiser and its invited bodies see it: each invited body with its quota, how many
 * it nominated and how many attended (a briefing: the counts it recorded); the participants (the
 * organiser sees all; an invited body, its own); and what the reader may do.
 */
export async function getCourse(ctx: Context, courseId: string) {
  const { course, organiser, shown, organises, keeps } = await loadVisibleCourse(ctx, courseId);
  const participants = await ctx.db
    .selectFrom('course_participants as participant')
    .innerJoin('roster_people as person', 'person.id', 'participant.person_id')
    .innerJoin('bodies as body', 'body.id', 'participant.body_id')
    .select([
      'participant.id',
      'participant.attended_at',
      'participant.attendance_method',
      'participant.certificate_no',
      'participant.nominated_at',
      'person.id as person_id',
      'person.full_name',
      'person.role_title',
      'person.audience',
      'person.phone',
      'body.id as body_id',
      'body.name as body_name',
      'body.path as body_path',
    ])
    .where('participant.course_id', '=', course.id)
    .orderBy('body.name')
    .orderBy('person.full_name')
    .execute();
  const counts = await ctx.db
    .selectFrom('course_attendance_counts')
    .select(['body_id', 'audience', 'attended'])
    .where('course_id', '=', course.id)
    .execute();
  const shownIds = new Set(shown.map((b) => b.id));
  const seen = participants.filter((p) => shownIds.has(p.body_id));
  const task = course.task_id
    ? await ctx.db
        .selectFrom('tasks')
        .select(['id', 'title', 'plan_id'])
        .where('id', '=', course.task_id)
        .executeTakeFirst()
    : undefined;
  return {
    id: course.id,
    kind: course.kind,
    topic: course.topic,
    audiences: course.audiences,
    startsOn: course.starts_on,
    endsOn: course.ends_on,
    place: course.place,
    onlineLink: course.online_link,
    version: course.version,
    task: task ? { id: task.id, title: task.title, planId: task.plan_id } : null,
    organiser: { id: organiser.id, name: organiser.name, kind: organiser.kind },
    canOrganise: organises,
    invited: shown.map((b) => {
      const own = participants.filter((p) => p.body_id === b.id);
      return {
        body: { id: b.id, name: b.name, kind: b.kind },
        quota: b.quota,
        nominated: own.length,
        attended: own.filter((p) => p.attended_at).length,
        counted: counts
          .filter((c) => c.body_id === b.id)
          .map((c) => ({ audience: c.audience, attended: c.attended })),
        canNominate: keeps.has(b.id) || organises,
      };
    }),
    participants: seen.map((p) => ({
      id: p.id,
      person: {
        id: p.person_id,
        fullName: p.full_name,
        roleTitle: p.role_title,
        audience: p.audience,
        phone: p.phone,
      },
      body: { id: p.body_id, name: p.body_name },
      nominatedAt: p.nominated_at.toISOString(),
      attendedAt: p.attended_at?.toISOString() ?? null,
      attendanceMethod: p.attendance_method,
      certificateNo: p.certificate_no,
    })),
  };
}
