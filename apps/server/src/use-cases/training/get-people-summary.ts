import { AUDIENCES, can, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { loadReadableBody } from '../bodies/get-body.ts';
import { audienceMeasures } from './audience-measures.ts';
import { onRosterOf } from './roster-sql.ts';

/**
 * The people who count at a body (with everything under it) on a day: per audience, the body's own
 * named people (with its digital teams' members) and head-count of the year, and under the whole subtree the people who count, how
 * many were trained and how many informed in the year, as the computed indicators read them.
 */
export async function getPeopleSummary(ctx: Context, bodyId: string, q: { on?: string | undefined }) {
  const body = await loadReadableBody(ctx, bodyId);
  const on = q.on ?? vietnamToday();
  const year = Number(on.slice(0, 4));
  const [measures, named, heads] = await Promise.all([
    audienceMeasures(ctx.db, { path: body.path, to: on }),
    ctx.db
      .selectFrom('roster_people as person')
      .innerJoin('bodies as home', 'home.id', 'person.body_id')
      .select(['person.audience', (eb) => eb.fn.countAll<string>().as('n')])
      .where(onRosterOf(body))
      .where('person.left_on', 'is', null)
      .groupBy('person.audience')
      .execute(),
    ctx.db
      .selectFrom('audience_headcounts')
      .select(['audience', 'headcount'])
      .where('body_id', '=', body.id)
      .where('year', '=', year)
      .execute(),
  ]);
  return {
    body: { id: body.id, name: body.name, kind: body.kind },
    on,
    year,
    canEdit: can(ctx.actor, 'manageTraining', body.path),
    audiences: AUDIENCES.map((audience) => {
      const measure = measures.find((m) => m.audience === audience);
      return {
        audience,
        named: Number(named.find((n) => n.audience === audience)?.n ?? 0),
        headcount: heads.find((h) => h.audience === audience)?.headcount ?? null,
        denominator: measure?.denominator ?? 0,
        trained: measure?.trained ?? 0,
        informed: measure?.informed ?? 0,
      };
    }),
  };
}
