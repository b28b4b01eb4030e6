import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/**
 * A course the actor may see: its organiser's readers, and the readers of a body it invited (they
 * nominate and follow their people). `organises`: the actor runs it (`manageTraining` over the
 * organiser); `keeps`: the invited bodies whose nominations the actor makes.
 */
export async function loadVisibleCourse(ctx: Context, courseId: string) {
  const course = await ctx.db.selectFrom('courses').selectAll().where('id', '=', courseId).executeTakeFirst();
  const organiser = course && (await unsafeFindBody(ctx.db, course.organiser_body_id));
  if (!course || !organiser) throw notFound('lớp tập huấn, hội nghị');
  const invited = await ctx.db
    .selectFrom('course_quotas as quota')
    .innerJoin('bodies as body', 'body.id', 'quota.body_id')
    .select(['body.id', 'body.name', 'body.kind', 'body.path', 'quota.quota'])
    .where('quota.course_id', '=', course.id)
    .orderBy('body.name')
    .execute();
  const organises = can(ctx.actor, 'manageTraining', organiser.path);
  const seesInvited = invited.filter((b) => can(ctx.actor, 'readBody', b.path));
  if (!can(ctx.actor, 'readBody', organiser.path) && seesInvited.length === 0) {
    throw notFound('lớp tập huấn, hội nghị');
  }
  const keeps = new Set(invited.filter((b) => can(ctx.actor, 'manageTraining', b.path)).map((b) => b.id));
  const readsAll = can(ctx.actor, 'readBody', organiser.path);
  /** The invited bodies the reader sees: all of them for the organiser's readers, else their own. */
  const shown = readsAll ? invited : seesInvited;
  return { course, organiser, invited, shown, organises, keeps, readsAll };
}

/** A course the actor runs; 404 otherwise (to anyone else it does not exist for changing). */
export async function loadOrganisedCourse(ctx: Context, courseId: string) {
  const found = await loadVisibleCourse(ctx, courseId);
  if (!found.organises) throw notFound('lớp tập huấn, hội nghị');
  return found;
}
