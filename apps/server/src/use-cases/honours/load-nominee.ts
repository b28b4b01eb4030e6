import { unsafeFindBody } from '@lantoa/db';
import { can, evidenceDay, isWithin, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';

/**
 * The nominating body (one the actor nominates for: `nominateHonours` over it) and the nominee body
 * (itself or a body below it, or the body of the person nominated): 404 for a body the actor does not
 * see, 400 for a body it sees but outside the nominating body (a neighbour commune, the province).
 */
export async function loadNominee(ctx: Context, nominatingBodyId: string, nomineeBodyId: string) {
  const nominating = await unsafeFindBody(ctx.db, nominatingBodyId);
  if (!nominating || !can(ctx.actor, 'nominateHonours', nominating.path)) throw notFound('đơn vị');
  const nominee = nomineeBodyId === nominating.id ? nominating : await unsafeFindBody(ctx.db, nomineeBodyId);
  if (!nominee || !can(ctx.actor, 'readBody', nominee.path)) throw notFound('đơn vị được đề nghị');
  if (!isWithin(nominee.path, nominating.path)) {
    throw new AppError(
      'invalid_input',
      `${nominating.name} chỉ đề nghị khen thưởng chính đơn vị mình, đơn vị cấp dưới hoặc người của các đơn vị đó. Hãy chọn lại đơn vị được đề nghị.`,
      'nomineeBodyId',
    );
  }
  return { nominating, nominee };
}

/** The day a nomination's year is read at; a year not begun yet has no achievements to honour. */
export function checkedEvidenceYear(year: number, now = new Date()): string {
  const today = vietnamToday(now);
  if (!evidenceDay(year, today)) {
    throw new AppError(
      'invalid_input',
      `Năm ${year} chưa bắt đầu nên chưa có thành tích để đề nghị khen thưởng. Hãy chọn năm nay hoặc một năm đã qua.`,
      'year',
    );
  }
  return today;
}

/**
 * The event a nomination names: one of the nominating body, of a body above it or below it, not
 * cancelled; 404 for any other (as for one that does not exist).
 */
export async function checkNominationEvent(ctx: Context, eventId: string | null, nominatingPath: string) {
  if (!eventId) return;
  const event = await ctx.db
    .selectFrom('events as event')
    .innerJoin('bodies as organiser', 'organiser.id', 'event.organiser_body_id')
    .select(['event.status', 'organiser.path'])
    .where('event.id', '=', eventId)
    .executeTakeFirst();
  const related = event && (isWithin(nominatingPath, event.path) || isWithin(event.path, nominatingPath));
  if (!event || !related || event.status === 'cancelled') throw notFound('sự kiện');
}
