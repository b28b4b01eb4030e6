import type { Database } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';

/**
 * The plans a body may estimate for, each with the tasks in force given to the body or a body under
 * it (the lines' tasks), in the plan's order: the plans that give it work, and those it issued. A
 * plan that gives the body nothing and that it did not issue is not its to budget.
 */
export async function budgetPlansOf(
  db: Kysely<Database>,
  body: { id: string; path: string },
  planId?: string,
) {
  let given = db
    .selectFrom('tasks as task')
    .innerJoin('assignments as assignment', 'assignment.task_id', 'task.id')
    .innerJoin('bodies as assignee', 'assignee.id', 'assignment.body_id')
    .where('task.removed_in_version', 'is', null)
    .where('assignment.removed_in_version', 'is', null)
    .where('assignee.path', 'like', `${body.path}%`)
    .select(['task.id', 'task.plan_id', 'task.ref', 'task.title', 'task.position'])
    .distinct();
  if (planId) given = given.where('task.plan_id', '=', planId);
  const tasks = await given.orderBy('task.plan_id').orderBy('task.position').execute();

  const planIds = [...new Set(tasks.map((task) => task.plan_id))];
  let plans = db
    .selectFrom('plans as plan')
    .innerJoin('bodies as issuer', 'issuer.id', 'plan.body_id')
    .select([
      'plan.id',
      'plan.number',
      'plan.title',
      'plan.start_year',
      'plan.end_year',
      'issuer.id as issuer_id',
      'issuer.name as issuer_name',
      'issuer.path as issuer_path',
    ])
    .select((eb) =>
      eb
        .selectFrom('budget_estimates as estimate')
        .whereRef('estimate.plan_id', '=', 'plan.id')
        .where('estimate.body_id', '=', body.id)
        .select(sql<number[]>`coalesce(array_agg(estimate.year order by estimate.year), '{}')`.as('years'))
        .as('estimated_years'),
    )
    .where((eb) =>
      eb.or([eb('plan.body_id', '=', body.id), ...(planIds.length ? [eb('plan.id', 'in', planIds)] : [])]),
    );
  if (planId) plans = plans.where('plan.id', '=', planId);
  const rows = await plans.orderBy('plan.created_at', 'desc').execute();
  return rows.map((plan) => ({
    id: plan.id,
    number: plan.number,
    title: plan.title,
    issuer: { id: plan.issuer_id, name: plan.issuer_name },
    issuerPath: plan.issuer_path,
    startYear: plan.start_year,
    endYear: plan.end_year,
    tasks: tasks
      .filter((task) => task.plan_id === plan.id)
      .map((task) => ({ id: task.id, ref: task.ref, title: task.title })),
    estimatedYears: (plan.estimated_years ?? []).map(Number),
  }));
}
