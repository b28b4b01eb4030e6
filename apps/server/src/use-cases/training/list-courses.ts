import { withinScopes } from '@lantoa/db';
import { type CourseKind, can, scopePaths } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';

/**
 * The courses and briefings the actor sees (organised within their scope, or inviting a body within
 * it), latest first, each with its quotas, nominations and attendance in total, and how many people
 * the actor's own invited bodies still have to send.
 */
export async function listCourses(
  ctx: Context,
  q: { kind?: CourseKind | undefined; year?: number | undefined },
) {
  const scopes = scopePaths(ctx.actor, 'readBody');
  if (scopes.length === 0) return { canOrganise: false, items: [] };
  let query = ctx.db
    .selectFrom('courses as course')
    .innerJoin('bodies as organiser', 'organiser.id', 'course.organiser_body_id')
    .select([
      'course.id',
      'course.kind',
      'course.topic',
      'course.audiences',
      'course.starts_on',
      'course.ends_on',
      'course.place',
      'organiser.id as organiser_id',
      'organiser.name as organiser_name',
    ])
    .select((eb) => [
      eb
        .selectFrom('course_quotas as quota')
        .select(sql<string>`coalesce(sum(quota.quota), 0)`.as('n'))
        .whereRef('quota.course_id', '=', 'course.id')
        .as('quota'),
      eb
        .selectFrom('course_quotas as quota')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('quota.course_id', '=', 'course.id')
        .as('invited'),
      eb
        .selectFrom('course_participants as participant')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('participant.course_id', '=', 'course.id')
        .as('nominated'),
      eb
        .selectFrom('course_participants as participant')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('participant.course_id', '=', 'course.id')
        .where('participant.attended_at', 'is not', null)
        .as('attended'),
      eb
        .selectFrom('course_attendance_counts as tally')
        .select(sql<string>`coalesce(sum(tally.attended), 0)`.as('n'))
        .whereRef('tally.course_id', '=', 'course.id')
        .as('counted'),
    ])
    .where((eb) =>
      eb.or([
        withinScopes(eb, eb.ref('organiser.path'), scopes),
        eb.exists(
          eb
            .selectFrom('course_quotas as quota')
            .innerJoin('bodies as invitee', 'invitee.id', 'quota.body_id')
            .select('quota.body_id')
            .whereRef('quota.course_id', '=', 'course.id')
            .where((inner) => withinScopes(inner, inner.ref('invitee.path'), scopes)),
        ),
      ]),
    );
  if (q.kind) query = query.where('course.kind', '=', q.kind);
  if (q.year) {
    query = query
      .where('course.starts_on', '<=', `${q.year}-12-31`)
      .where('course.ends_on', '>=', `${q.year}-01-01`);
  }
  const rows = await query.orderBy('course.starts_on', 'desc').orderBy('course.topic').limit(500).execute();
  // What the actor's own bodies still owe: their quota less the people they sent.
  const owed =
    rows.length === 0
      ? []
      : await ctx.db
          .selectFrom('course_quotas as quota')
          .innerJoin('bodies as invitee', 'invitee.id', 'quota.body_id')
          .select(['quota.course_id', 'quota.quota', 'invitee.path'])
          .select((eb) =>
            eb
              .selectFrom('course_participants as participant')
              .select(eb.fn.countAll<string>().as('n'))
              .whereRef('participant.course_id', '=', 'quota.course_id')
              .whereRef('participant.body_id', '=', 'quota.body_id')
              .as('sent'),
          )
          .where(
            'quota.course_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
  return {
    canOrganise: scopePaths(ctx.actor, 'manageTraining').length > 0,
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      topic: row.topic,
      audiences: row.audiences,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      place: row.place,
      organiser: { id: row.organiser_id, name: row.organiser_name },
      invited: Number(row.invited ?? 0),
      quota: Number(row.quota ?? 0),
      nominated: Number(row.nominated ?? 0),
      attended: Number(row.attended ?? 0) + Number(row.counted ?? 0),
      toNominate: owed
        .filter((o) => o.course_id === row.id && can(ctx.actor, 'manageTraining', o.path))
        .reduce((sum, o) => sum + Math.max(0, o.quota - Number(o.sent ?? 0)), 0),
    })),
  };
}
