// The cascade of a plan: every commune and ward below its issuer, whether it has issued its own plan
// based on it, how that plan conforms, its work on both plans and its report of the period in focus.
import { REPORT_STATUSES } from '@lantoa/domain/constants';
import { z } from 'zod';
import { id, isoDate, pageOf } from './common.ts';
import { reminded } from './reports.ts';
import { text } from './text-field.ts';
import { fileResponse, MEDIA_TYPES } from './uploads.ts';

/** What the status filter keeps: bodies that have issued their plan, have not, have not reported, are late. */
export const cascadeStatus = z.enum(['issued', 'not_issued', 'not_reported', 'has_overdue']);
/** The columns the cascade sorts by (ties by name). */
export const cascadeSort = z.enum(['name', 'issuedOn', 'days', 'onTime', 'overdue', 'report']);

export const cascadeItem = z.object({
  body: z.object({ id, name: z.string(), code: z.string().nullable() }),
  /** The body's latest plan based on this one; null while it has issued none. */
  plan: z
    .object({
      id,
      number: z.string().nullable(),
      title: z.string(),
      /** As the document dates it: a whole date, or only a month or a year. */
      issuedOn: z.string().nullable(),
      /** Days from the parent plan's date to this one's; null unless both are whole dates. */
      daysAfterParent: z.number().int().nullable(),
    })
    .nullable(),
  /** The child plan beside the parent (comparePlans); null without a child plan. */
  conformance: z
    .object({
      /** The parent's targets the child lacks or sets lower. */
      targetsMissingOrLower: z.number().int(),
      /** The parent's tasks with no counterpart in the child. */
      tasksWithoutCounterpart: z.number().int(),
    })
    .nullable(),
  /** Occurrences of the body's work on this plan and on its child plan. */
  work: z.object({ onTime: z.number().int(), overdue: z.number().int() }),
  /** The body's report for the period shown; `expected` false when the plan gives it no work. */
  report: z.object({ expected: z.boolean(), status: z.enum(REPORT_STATUSES).nullable() }),
});

/** GET /api/plans/:id/cascade: one page; `total` counts the whole filtered list. */
export const cascade = pageOf(cascadeItem).extend({
  today: isoDate,
  /** The period whose reports are shown: the one asked for, or the plan's period in focus. */
  period: z.object({ id, label: z.string(), dueOn: isoDate }).nullable(),
  parent: z.object({ id, issuedOn: z.string().nullable() }),
});
/** GET /api/plans/:id/cascade.xlsx: the whole filtered list. */
export const cascadeWorkbook = fileResponse('The cascade as .xlsx', [MEDIA_TYPES.xlsx]);
/** POST /api/plans/:id/cascade/remind: the listed bodies behind, and the people newly notified. */
export const cascadeReminded = reminded;

// Requests -------------------------------------------------------------------------------------

/** The filters and order of the cascade, the same for a page, the workbook and the reminder. */
export const cascadeQuery = z.object({
  q: text(200, { optional: true }).optional(),
  status: z
    .enum(cascadeStatus.options, {
      error: 'Trạng thái lọc phải là issued, not_issued, not_reported hoặc has_overdue.',
    })
    .optional(),
  periodId: z.uuid({ error: 'Kỳ báo cáo không hợp lệ: hãy chọn lại kỳ trong danh sách.' }).optional(),
  sort: z.enum(cascadeSort.options, { error: 'Cột sắp xếp không hợp lệ.' }).optional(),
  order: z.enum(['asc', 'desc'], { error: 'Thứ tự sắp xếp phải là asc hoặc desc.' }).optional(),
});
