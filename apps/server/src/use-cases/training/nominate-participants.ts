import { recordAudit } from '@lantoa/db';
import { AUDIENCE_NAMES } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { loadVisibleCourse } from './load-course.ts';
import { onRosterOf } from './roster-sql.ts';

/**
 * An invited body sends people from its roster: present people of one of the course's audiences, up
 * to its quota. Someone already sent is left as they are (sending twice counts once). The quota row
 * is locked while counting, so two people nominating at once cannot pass it together.
 */
export async function nominateParticipants(
  ctx: Context,
  courseId: string,
  input: { bodyId: string; personIds: string[] },
) {
  const { course, invited, organises, keeps } = await loadVisibleCourse(ctx, courseId);
  const body = invited.find((b) => b.id === input.bodyId);
  if (!body || !(keeps.has(body.id) || organises)) throw notFound('đơn vị được mời');
  const personIds = [...new Set(input.personIds)];
  const people = personIds.length
    ? await ctx.db
        .selectFrom('roster_people as person')
        .innerJoin('bodies as home', 'home.id', 'person.body_id')
        .select(['person.id', 'person.full_name', 'person.audience', 'person.left_on'])
        .where('person.id', 'in', personIds)
        // The body's own people and the members of its digital teams.
        .where(onRosterOf(body))
        .execute()
    : [];
  if (people.length !== personIds.length) {
    throw new AppError(
      'invalid_input',
      'Có người không thuộc danh sách của đơn vị. Hãy chọn lại từ danh sách.',
      'personIds',
    );
  }
  const gone = people.find((p) => p.left_on !== null);
  if (gone) {
    throw new AppError(
      'invalid_input',
      `${gone.full_name} đã thôi tham gia nên không cử được. Hãy chọn người khác.`,
      'personIds',
    );
  }
  const outside = people.find((p) => !course.audiences.includes(p.audience));
  if (outside) {
    const wanted = course.audiences.map((a) => AUDIENCE_NAMES[a].toLowerCase()).join(', ');
    throw new AppError(
      'invalid_input',
      `${outside.full_name} không thuộc đối tượng của lớp (${wanted}). Hãy chọn người thuộc đối tượng này.`,
      'personIds',
    );
  }
  return ctx.db.transaction().execute(async (trx) => {
    await trx
      .selectFrom('course_quotas')
      .select('quota')
      .where('course_id', '=', course.id)
      .where('body_id', '=', body.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const already = await trx
      .selectFrom('course_participants')
      .select('person_id')
      .where('course_id', '=', course.id)
      .where('body_id', '=', body.id)
      .execute();
    const sent = new Set(already.map((p) => p.person_id));
    const fresh = personIds.filter((id) => !sent.has(id));
    if (sent.size + fresh.length > body.quota) {
      throw new AppError(
        'invalid_input',
        `${body.name} được cử tối đa ${body.quota} người (đã cử ${sent.size}). Hãy bớt người, hoặc đề nghị đơn vị tổ chức tăng chỉ tiêu.`,
        'personIds',
      );
    }
    if (fresh.length) {
      await trx
        .insertInto('course_participants')
        .values(
          fresh.map((id) => ({
            course_id: course.id,
            person_id: id,
            body_id: body.id,
            nominated_by: ctx.actor.userId,
          })),
        )
        .onConflict((oc) => oc.columns(['course_id', 'person_id']).doNothing())
        .execute();
      await recordAudit(trx, {
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'course.nominate',
        entityType: 'course',
        entityId: course.id,
        after: { bodyId: body.id, personIds: fresh },
      });
    }
    return { nominated: sent.size + fresh.length, quota: body.quota };
  });
}
