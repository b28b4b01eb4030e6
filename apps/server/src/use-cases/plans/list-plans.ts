import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { visiblePlanIds } from './load-plan.ts';

export async function listPlans(ctx: Context) {
  const visible = visiblePlanIds(ctx);
  if (!visible) return [];
  const rows = await ctx.db
    .selectFrom('plans as p')
    .innerJoin('bodies as b', 'b.id', 'p.body_id')
    .select([
      'p.id',
      'p.number',
      'p.title',
      'p.issued_on',
      'p.level',
      'p.start_year',
      'p.end_year',
      'p.parent_plan_id',
      'p.current_version',
      'b.id as body_id',
      'b.name as body_name',
      'b.kind as body_kind',
    ])
    .select((eb) =>
      eb
        .selectFrom('tasks as t')
        .whereRef('t.plan_id', '=', 'p.id')
        .where('t.removed_in_version', 'is', null)
        .select(eb.fn.countAll<number>().as('n'))
        .as('task_count'),
    )
    .where(sql<boolean>`p.id in ${visible}`)
    .orderBy('p.created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    issuedOn: r.issued_on,
    level: r.level,
    startYear: r.start_year,
    endYear: r.end_year,
    parentPlanId: r.parent_plan_id,
    version: r.current_version,
    body: { id: r.body_id, name: r.body_name, kind: r.body_kind },
    taskCount: Number(r.task_count ?? 0),
  }));
}
