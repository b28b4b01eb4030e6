import type { Database } from '@lantoa/db';
import { comparePlans } from '@lantoa/domain';
import type { PlanExtract } from '@lantoa/plan-parser';
import type { Kysely } from 'kysely';
import { tasksInForce } from '../../rows/plan-content.ts';
import { findParentPlan } from './find-parent-plan.ts';

/**
 * A plan document read for a body below the plan it cites (a commune's plan based on the province's):
 * the parent found among the plans above (findParentPlan), and each task linked to the parent's task it
 * is the counterpart of (the conformance check's one-to-one matching of titles), for the reviewer to
 * confirm or change. A task already linked (a draft made from the parent) keeps its link; a plan with
 * no parent above is left as read.
 */
export async function proposeTaskLinks(
  db: Kysely<Database>,
  extract: PlanExtract,
  body: { path: string },
  knownParentId: string | null,
): Promise<{ extract: PlanExtract; parentPlanId: string | null }> {
  const parentPlanId = knownParentId ?? (await findParentPlan(db, extract.basis, body.path));
  if (!parentPlanId || extract.tasks.length === 0) return { extract, parentPlanId };
  const parentTasks = await tasksInForce(db, parentPlanId).select(['id', 'ref', 'title']).execute();
  const childTasks = extract.tasks.map((t, k) => ({ id: String(k), ref: t.ref, title: t.title }));
  const { tasks: pairs } = comparePlans(
    { targets: [], tasks: parentTasks },
    { targets: [], tasks: childTasks },
  );
  const proposed = new Map(
    pairs.filter((p) => p.child !== null).map((p) => [Number(p.child?.id), p.parent.ref]),
  );
  return {
    parentPlanId,
    extract: {
      ...extract,
      tasks: extract.tasks.map((t, k) =>
        t.parentRef !== undefined && t.parentRef !== null ? t : { ...t, parentRef: proposed.get(k) ?? null },
      ),
    },
  };
}
