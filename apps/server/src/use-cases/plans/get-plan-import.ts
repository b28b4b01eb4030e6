import { type BodyRow, unsafeFindBody } from '@lantoa/db';
import { assignableBy, can, provinceIdOf } from '@lantoa/domain';
import type { PlanExtract } from '@lantoa/plan-parser';
import type { Context } from '../../http/context.ts';
import { presentBrief } from '../../presenters/present.ts';
import { tasksInForce } from '../../rows/plan-content.ts';
import { matchBodyNames } from '../bodies/match-body-names.ts';
import { loadVisiblePlan } from './load-plan.ts';
import { loadPlanImport } from './load-plan-import.ts';
import { planYears } from './plan-years.ts';
import { type BodyMapping, bodyPaths } from './task-work.ts';

/** Every lead and partner name of the draft, once each, in order of appearance. */
export function namesOf(extract: PlanExtract): string[] {
  return [...new Set(extract.tasks.flatMap((t) => [...t.lead, ...t.partners]).filter(Boolean))];
}

type LoadedImport = Awaited<ReturnType<typeof loadPlanImport>>;

/**
 * The draft of a loaded import with each name mapped to bodies: the reviewer's choice where saved,
 * otherwise the matcher's suggestion (body, group or nothing); `names` carries each match and its
 * confidence. What the review screen shows is what publishing writes.
 */
export async function draftOf(ctx: Context, { row, body }: LoadedImport) {
  const extract = (row.extract ?? null) as PlanExtract | null;
  const saved = (row.mapping ?? {}) as BodyMapping;
  const names = extract ? namesOf(extract) : [];
  const matches = names.length ? await matchBodyNames(ctx, body.id, names) : [];
  const mapping: BodyMapping = {};
  for (const { text, match } of matches) {
    // Own keys only: a name such as "constructor" must not read the object's prototype.
    mapping[text] = Object.hasOwn(saved, text)
      ? (saved[text] ?? [])
      : match.type === 'body'
        ? [match.body.id]
        : match.type === 'group'
          ? match.bodies.map((b) => b.id)
          : [];
  }
  // Every body the review shows (suggested or chosen) that lies outside the issuer's subtree: named
  // in the plan, it coordinates from above and publishing gives it no work (see taskWork).
  const shown = [
    ...Object.values(mapping).flat(),
    ...matches.flatMap(({ match }) =>
      match.type === 'body'
        ? [match.body.id]
        : match.type === 'group'
          ? match.bodies.map((b) => b.id)
          : match.candidates.map((c) => c.body.id),
    ),
  ];
  const paths = await bodyPaths(ctx.db, shown);
  const upperBodyIds = [...paths].filter(([, path]) => !assignableBy(body.path, path)).map(([id]) => id);
  return { extract, names: matches, mapping, upperBodyIds };
}

/**
 * Where the review's body picker searches: the plan's province (the issuer's province ancestor), or
 * the issuer itself when the actor may not read the province (then nothing else there is readable).
 */
async function pickerScope(ctx: Context, issuer: BodyRow) {
  const provinceId = provinceIdOf(issuer.path);
  const province =
    provinceId && provinceId !== issuer.id ? await unsafeFindBody(ctx.db, provinceId) : undefined;
  return province && can(ctx.actor, 'readBody', province.path) ? province : issuer;
}

/** The plan above the draft with its current tasks, when the actor may read it. */
async function parentPlanOf(ctx: Context, parentPlanId: string | null) {
  const plan = parentPlanId ? await loadVisiblePlan(ctx, parentPlanId).catch(() => null) : null;
  if (!plan) return null;
  const tasks = await tasksInForce(ctx.db, plan.id).select(['ref', 'title']).execute();
  return { id: plan.id, number: plan.number, title: plan.title, tasks };
}

/** The draft beside the document's text, for the reviewer (see draftOf). */
export async function getPlanImport(ctx: Context, id: string) {
  const loaded = await loadPlanImport(ctx, id);
  const { row, body } = loaded;
  const { extract, names, mapping, upperBodyIds } = await draftOf(ctx, loaded);
  const years = extract ? planYears(extract) : null;
  return {
    id: row.id,
    status: row.status,
    progress: row.progress,
    error: row.error,
    fileName: row.file_name,
    fileSize: row.file_size,
    body: presentBrief(body),
    planId: row.plan_id,
    amendsPlanId: row.amends_plan_id,
    text: row.text,
    extract,
    years: years && { first: years.startYear, last: years.endYear },
    names,
    mapping,
    upperBodyIds,
    pickWithin: presentBrief(await pickerScope(ctx, body)),
    parentPlan: await parentPlanOf(ctx, row.parent_plan_id),
    version: row.version,
  };
}
