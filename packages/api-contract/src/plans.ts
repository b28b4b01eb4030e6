// Plans: importing a plan document (upload → parsed draft → review → publish), the published plans,
// and a plan beside the plan it is based on.
import { planExtract, planExtractParts } from '@lantoa/plan-parser/extract-schema';
import { z } from 'zod';
import { namedMatch } from './bodies.ts';
import { bodyBrief, bodyRef, id, isoDate, listOf, stateCounts } from './common.ts';
import { assignmentRole, planRef, timeframe } from './tasks.ts';

export { planExtract };

export const PLAN_IMPORT_STATUSES = ['queued', 'parsing', 'ready', 'failed', 'published'] as const;
export const planImportStatus = z.enum(PLAN_IMPORT_STATUSES);

/** POST /api/plan-imports (202): the import queued for parsing. */
export const planImportQueued = z.object({
  import: z.object({ id, status: planImportStatus, progress: z.number().int() }),
});

/** GET and PATCH /api/plan-imports/:id: the draft beside the document's text, names mapped to bodies. */
export const planImport = z.object({
  id,
  status: planImportStatus,
  /** Parsing progress, 0–100. */
  progress: z.number().int(),
  error: z.string().nullable(),
  fileName: z.string(),
  fileSize: z.number().int(),
  body: bodyBrief,
  planId: id.nullable(),
  amendsPlanId: id.nullable(),
  text: z.string().nullable(),
  extract: planExtract.nullable(),
  /** The years the plan will cover when published (the reviewer's, else read from the draft); null without a draft. */
  years: z.object({ first: z.number().int(), last: z.number().int() }).nullable(),
  /** Each lead and partner name of the draft with the matcher's suggestion. */
  names: z.array(namedMatch),
  /** Each name → the bodies it stands for: the reviewer's choice where saved, else the suggestion. */
  mapping: z.record(z.string(), z.array(id)),
  /**
   * The bodies shown (suggested or chosen) outside the issuer's subtree: named in the plan, they
   * coordinate from above ("phối hợp từ cấp trên") and publishing gives them no work.
   */
  upperBodyIds: z.array(id),
  /** Where the review's body picker searches by default: the plan's province (or the issuer when the province is not readable). */
  pickWithin: bodyBrief,
  /**
   * The plan above this one is based on (a draft made from it, or the plan its basis cites), with its
   * tasks: each task of the draft may carry one of them (`parentRef`), its progress then counting there.
   */
  parentPlan: z
    .object({
      id,
      number: z.string().nullable(),
      title: z.string(),
      tasks: z.array(z.object({ ref: z.string(), title: z.string() })),
    })
    .nullable(),
  version: z.number().int(),
});

/** POST /api/plan-imports/:id/publish (201): what the published plan (or its next version) holds. */
export const publishSummary = z.object({
  planId: id,
  version: z.number().int(),
  title: z.string(),
  tasks: z.number().int(),
  targets: z.number().int(),
  assignments: z.number().int(),
  occurrences: z.number().int(),
});

/** What a plan's list row and its page both show of it. */
export const planHeader = z.object({
  id,
  number: z.string().nullable(),
  title: z.string(),
  issuedOn: isoDate.nullable(),
  level: z.string().nullable(),
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
  version: z.number().int(),
  body: bodyBrief,
});

export const planListItem = planHeader.extend({ parentPlanId: id.nullable(), taskCount: z.number().int() });
/** GET /api/plans. */
export const planList = listOf(planListItem);

/** A published target. */
export const target = planExtractParts.target.extend({ id });

export const assignmentSummary = z.object({
  id,
  role: assignmentRole,
  writtenAs: z.string(),
  body: bodyBrief,
  counts: stateCounts,
  nextDue: isoDate.nullable(),
});

/**
 * A name a task writes for bodies above or beside the plan's issuer ("phối hợp từ cấp trên"): kept as
 * written, with the bodies it was mapped to; they coordinate and get no work from this plan.
 */
export const taskCoordination = z.object({
  role: assignmentRole,
  writtenAs: z.string(),
  bodyIds: z.array(id),
});

/** How many units of work (tasks, bodies) have work in each state, of `total`. */
export const workCounts = z.object({ total: z.number().int(), counts: stateCounts });

/** GET /api/plans/:id: targets, tasks with their assignments' counts per state, counts per body. */
export const planDetail = z.object({
  plan: planHeader.extend({ parent: planRef.nullable() }),
  today: isoDate,
  /** Whether the actor manages this plan (amends it; its periods, indicators and reports' review). */
  canManage: z.boolean(),
  /** Occurrences in each state (a monthly task counts twelve times). */
  counts: stateCounts,
  /**
   * How many of the tasks shown, and of the bodies with work, have work in each state (a unit
   * counts in every state one of its occurrences is in), of how many in all.
   */
  work: z.object({ tasks: workCounts, bodies: workCounts }),
  targets: z.array(target),
  tasks: z.array(
    z.object({
      id,
      ref: z.string(),
      title: z.string(),
      timeframe: timeframe.nullable(),
      assignments: z.array(assignmentSummary),
      /** Names of the task outside the issuer's subtree: shown, never assigned nor counted. */
      coordination: z.array(taskCoordination),
    }),
  ),
  bodies: z.array(z.object({ body: bodyBrief, counts: stateCounts })),
});

const taskRef = z.object({ id, ref: z.string(), title: z.string() });

/** GET /api/plans/:id/conformance and PUT …/parent: the plan beside its parent plan, if any. */
export const conformance = z.object({
  plan: planRef,
  parent: planRef.extend({ body: bodyRef }).nullable(),
  comparison: z
    .object({
      targets: z.array(
        z.object({
          parent: target,
          child: target.nullable(),
          status: z.enum(['missing', 'lower', 'equal', 'higher']),
          /** Text similarity of the pair in [0, 1]; for a missing target, the best candidate's. */
          similarity: z.number(),
        }),
      ),
      extraChildTargets: z.array(target),
      tasks: z.array(z.object({ parent: taskRef, child: taskRef.nullable(), similarity: z.number() })),
      summary: z.object({
        missingTargets: z.number().int(),
        lowerTargets: z.number().int(),
        higherTargets: z.number().int(),
        tasksWithoutCounterpart: z.number().int(),
      }),
    })
    .nullable(),
});
