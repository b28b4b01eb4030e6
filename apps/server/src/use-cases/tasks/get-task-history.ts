import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';

/**
 * Everything that happened to a task, oldest first: its creation and amendments (title, timeframe,
 * bodies assigned or removed, by plan version) and the progress recorded on its occurrences.
 */
export async function getTaskHistory(ctx: Context, taskId: string) {
  const task = await ctx.db
    .selectFrom('tasks')
    .select(['id', 'plan_id'])
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!task) throw notFound('nhiệm vụ');
  await loadVisiblePlan(ctx, task.plan_id);
  const rows = await ctx.db
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_id')
    .leftJoin('bodies as b', 'b.id', 'l.body_id')
    .select([
      'l.id',
      'l.at',
      'l.action',
      'l.before',
      'l.after',
      'u.username',
      'u.full_name',
      'b.name as body_name',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('l.entity_type', '=', 'task'), eb('l.entity_id', '=', taskId)]),
        eb.and([
          eb('l.entity_type', '=', 'occurrence'),
          eb(
            'l.entity_id',
            'in',
            eb
              .selectFrom('occurrences as o')
              .innerJoin('assignments as a', 'a.id', 'o.assignment_id')
              .select((e) => e.cast<string>('o.id', 'text').as('id'))
              .where('a.task_id', '=', taskId),
          ),
        ]),
      ]),
    )
    .orderBy('l.id')
    .limit(1000)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      actor: r.username ? { username: r.username, fullName: r.full_name } : null,
      body: r.body_name,
      before: r.before ?? null,
      after: r.after ?? null,
    })),
  };
}
