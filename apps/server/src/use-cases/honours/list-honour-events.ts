import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/**
 * The events of a year a body's nomination may name (where the honour is presented): the body's own
 * and those of the bodies above it (the province's festival of 1/10), not cancelled, by date.
 */
export async function listHonourEvents(ctx: Context, bodyId: string, year: number) {
  const body = await unsafeFindBody(ctx.db, bodyId);
  if (!body || !can(ctx.actor, 'nominateHonours', body.path)) throw notFound('đơn vị');
  const items = await ctx.db
    .selectFrom('events as event')
    .innerJoin('bodies as organiser', 'organiser.id', 'event.organiser_body_id')
    .select(['event.id', 'event.title', 'event.starts_on', 'organiser.name as organiser'])
    .where(sql<boolean>`${body.path} like organiser.path || '%'`)
    .where('event.year', '=', year)
    .where('event.status', '<>', 'cancelled')
    .orderBy('event.starts_on')
    .orderBy('event.id')
    .limit(200)
    .execute();
  return {
    items: items.map((e) => ({ id: e.id, title: e.title, startsOn: e.starts_on, organiser: e.organiser })),
  };
}
