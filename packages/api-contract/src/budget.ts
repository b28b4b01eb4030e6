// The budget (issue 18, part 3): a body's estimate for a plan and a year in lines (a task of the plan
// or none, a funding source, an amount in whole đồng), its way body → consolidating department →
// finance department (appraisal per line) → allocation, the spending recorded against its lines, and
// the consolidated tables by source, body and task. Request bodies the web sends live here too,
// typed by the web as z.input<…>.
import {
  APPRAISAL_OUTCOMES,
  BUDGET_STEPS,
  ESTIMATE_STATUSES,
  FUNDING_SOURCES,
  BUDGET_TEXT_LIMITS as L,
  MAX_BUDGET_AMOUNT,
  MAX_BUDGET_LINES,
  MAX_ESTIMATE_TOTAL,
} from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyBrief, bodyRef, id, isoDate, isoDateTime, pageOf } from './common.ts';
import { dateField, page, pageSize, version } from './request-fields.ts';
import { text } from './text-field.ts';
import { fileResponse, MEDIA_TYPES } from './uploads.ts';

export const fundingSource = z.enum(FUNDING_SOURCES);
export const estimateStatus = z.enum(ESTIMATE_STATUSES);
export const appraisalOutcome = z.enum(APPRAISAL_OUTCOMES);

/** An amount in whole đồng, from `min`, refused past MAX_BUDGET_AMOUNT (a typing slip, not a budget). */
const dong = (min: number) =>
  z
    .number({ error: 'Số tiền phải là một số (đồng).' })
    // The bound first: a number past 2⁵³ is not an integer to zod either, and "too large" is what to fix.
    .max(MAX_BUDGET_AMOUNT, {
      error: 'Số tiền quá lớn (tối đa 10.000 tỷ đồng một dòng). Hãy kiểm tra lại đơn vị (đồng).',
    })
    .min(min, { error: min > 0 ? 'Số tiền phải lớn hơn 0 đồng.' : 'Số tiền không được âm.' })
    .int({ error: 'Số tiền ghi bằng số đồng, không có phần lẻ.' });

/** A calendar year of a plan. */
const year = z.number().int().min(2000).max(2100);

/** One line of an estimate as the body writes it: a task of the plan (or none), a source, an amount. */
export const budgetLineInput = z.object({
  /** A task of the plan given to the body (or a body under it); null: a general line. */
  taskId: z.uuid().nullable().default(null),
  source: fundingSource,
  description: text(L.description),
  estimated: dong(1),
});

const budgetLines = z
  .array(budgetLineInput)
  .max(MAX_BUDGET_LINES, { error: `Tối đa ${MAX_BUDGET_LINES} dòng một dự toán.` })
  .refine((lines) => lines.reduce((sum, line) => sum + line.estimated, 0) <= MAX_ESTIMATE_TOTAL, {
    error: 'Tổng dự toán quá lớn (tối đa 100.000 tỷ đồng). Hãy kiểm tra lại đơn vị (đồng).',
  });

/** POST /api/bodies/:id/budget-estimates: a body's estimate for a plan and a year (one per pair). */
export const budgetEstimateInput = z.object({
  planId: z.uuid(),
  year,
  note: text(L.note, { multiline: true, optional: true }).default(''),
  lines: budgetLines.default([]),
});

/** PUT /api/budget/estimates/:id: the draft's note and lines again, on the version the editor loaded. */
export const budgetEstimateUpdate = z.object({
  note: text(L.note, { multiline: true, optional: true }).default(''),
  lines: budgetLines,
  version,
});

/** POST …/submit and …/consolidate: on the version the actor saw. */
export const budgetStepInput = z.object({ version });

/** POST …/return: back to the body's draft, saying why. */
export const budgetReturnInput = z.object({
  reason: text(L.returnReason, { multiline: true }),
  version,
});

/** POST …/appraise: the finance department's outcome for every line of the estimate. */
export const budgetAppraisalInput = z.object({
  lines: z
    .array(
      z.object({
        id: z.uuid(),
        outcome: appraisalOutcome,
        /** The amount approved when reduced (ignored when approved as estimated, 0 when refused). */
        approved: dong(0).nullable().optional(),
        reason: text(L.appraisalReason, { multiline: true, optional: true }).default(''),
      }),
    )
    .min(1, { error: 'Hãy thẩm định các dòng của dự toán.' })
    .max(MAX_BUDGET_LINES),
  version,
});

/**
 * POST …/allocate: the people's committee's decision giving the money, and what each line got (a
 * line not named gets what was approved).
 */
export const budgetAllocationInput = z.object({
  decision: text(L.allocationDecision),
  lines: z
    .array(z.object({ id: z.uuid(), allocated: dong(0) }))
    .max(MAX_BUDGET_LINES)
    .default([]),
  version,
});

/** POST …/spending: a payment against one line of an allocated estimate. */
export const budgetSpendingInput = z.object({
  lineId: z.uuid(),
  spentOn: dateField,
  amount: dong(1),
  note: text(L.spendingNote, { multiline: true, optional: true }).default(''),
});

/** Which estimates a list shows: all the reader sees, its body's, those it consolidates, those it appraises. */
export const BUDGET_VIEWS = ['all', 'mine', 'consolidate', 'appraise'] as const;
export const budgetView = z.enum(BUDGET_VIEWS);

/** GET /api/budget/estimates (query string). */
export const budgetEstimateQuery = z.object({
  view: budgetView.default('all'),
  bodyId: z.uuid().optional(),
  planId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: estimateStatus.optional(),
  q: text(200, { optional: true }).optional(),
  page,
  pageSize,
});

/** GET /api/budget/tables and …/tables.xlsx (query string): one plan's year. */
export const budgetTablesQuery = z.object({
  planId: z.uuid(),
  year: z.coerce.number().int().min(2000).max(2100),
});

// --- answers ---------------------------------------------------------------------------------------

/** The four sums of the budget and what is left of the allocation (whole đồng). */
export const budgetSums = z.object({
  estimated: z.number(),
  approved: z.number(),
  allocated: z.number(),
  spent: z.number(),
  remaining: z.number(),
});

export const budgetPlanRef = z.object({ id, number: z.string().nullable(), title: z.string() });
export const budgetTaskRef = z.object({ id, ref: z.string(), title: z.string() });

/** An estimate as the lists show it. */
export const budgetEstimateSummary = z.object({
  id,
  body: bodyBrief,
  plan: budgetPlanRef,
  year: z.number().int(),
  status: estimateStatus,
  lineCount: z.number().int(),
  sums: budgetSums,
  submittedAt: isoDateTime.nullable(),
  /** Why it was sent back, while it is a draft again; empty otherwise. */
  returnReason: z.string(),
  version: z.number().int(),
});

/** GET /api/budget/estimates: a page, and how many of the whole list are in each status. */
export const budgetEstimatePage = pageOf(budgetEstimateSummary).extend({
  counts: z.record(estimateStatus, z.number().int()),
});

export const budgetLine = z.object({
  id,
  task: budgetTaskRef.nullable(),
  source: fundingSource,
  description: z.string(),
  estimated: z.number(),
  appraisal: appraisalOutcome.nullable(),
  /** What the finance department approved; null until appraised. */
  approved: z.number().nullable(),
  appraisalReason: z.string(),
  /** What the allocation gave the line; null until allocated. */
  allocated: z.number().nullable(),
  spent: z.number(),
});

export const budgetSpending = z.object({
  id,
  lineId: id,
  spentOn: isoDate,
  amount: z.number(),
  note: z.string(),
  recordedBy: z.string().nullable(),
  createdAt: isoDateTime,
});

/** A step taken: when and by whom (null: not yet). */
const stepMark = z.object({ at: isoDateTime, by: z.string().nullable() }).nullable();

/** GET /api/budget/estimates/:id and the answer of every change. */
export const budgetEstimate = budgetEstimateSummary.extend({
  note: z.string(),
  lines: z.array(budgetLine),
  spending: z.array(budgetSpending),
  consolidated: stepMark,
  appraised: stepMark,
  allocated: stepMark,
  allocationDecision: z.string().nullable(),
  createdAt: isoDateTime,
  /** Who the reader is to this estimate: its body, the consolidating department or the finance department. */
  roles: z.array(z.enum(['body', 'consolidator', 'finance'])),
  /** The steps the reader may take now (the buttons of the page). */
  steps: z.record(z.enum(BUDGET_STEPS), z.boolean()),
});

/** GET /api/bodies/:id/budget-plans: the plans a body may estimate for, with the tasks it was given. */
export const budgetPlanOptions = z.object({
  items: z.array(
    budgetPlanRef.extend({
      issuer: bodyRef,
      startYear: z.number().int(),
      endYear: z.number().int(),
      tasks: z.array(budgetTaskRef),
      /** The years the body already has an estimate for, under this plan. */
      estimatedYears: z.array(z.number().int()),
    }),
  ),
});

/** A row of a consolidated table: a source, a body or a task, and its sums. */
export const budgetTableRow = budgetSums.extend({ key: z.string(), name: z.string() });

/** GET /api/budget/tables: one plan's year, by source, by body and by task, and the totals. */
export const budgetTables = z.object({
  plan: budgetPlanRef.extend({ issuer: bodyRef }),
  year: z.number().int(),
  /** The bodies whose estimate was sent (drafts are not counted). */
  estimates: z.number().int(),
  bySource: z.array(budgetTableRow),
  byBody: z.array(budgetTableRow),
  byTask: z.array(budgetTableRow),
  total: budgetSums,
});

/** GET /api/budget/tables.xlsx. */
export const budgetTablesWorkbook = fileResponse(
  'The consolidated tables of the plan’s year as .xlsx: by source, by body, by task',
  [MEDIA_TYPES.xlsx],
);
