// Tasks as bodies carry them out: assignments, their occurrences (each due date), progress and
// evidence; the work lists (mine, calendar, overdue).
import { planExtractParts } from '@lantoa/plan-parser/extract-schema';
import { z } from 'zod';
import { auditSnapshot } from './audit.ts';
import {
  bodyBrief,
  bodyRef,
  id,
  isoDate,
  isoDateTime,
  listOf,
  occurrenceState,
  pageOf,
  stateCounts,
} from './common.ts';
import { text } from './text-field.ts';
import { fileResponse, MEDIA_TYPES, storedFileRef } from './uploads.ts';

/** Whether a body leads a task or takes part in it. */
export const assignmentRole = z.enum(['lead', 'partner']);
/** When a task is done, as the plan prints it and as far as it could be read. */
export const timeframe = planExtractParts.timeframe;
/** A plan named by its number and title. */
export const planRef = z.object({ id, number: z.string().nullable(), title: z.string() });

export const evidence = z.object({
  id,
  /** A link, or … */
  url: z.string().nullable(),
  /** … a stored file. */
  file: storedFileRef.nullable(),
  createdAt: isoDateTime.optional(),
});

/** One due date of an assignment, with its progress. */
export const occurrence = z.object({
  id,
  assignmentId: id,
  dueOn: isoDate,
  label: z.string(),
  kind: z.string(),
  completedOn: isoDate.nullable(),
  note: z.string().nullable(),
  state: occurrenceState,
  /** Its state comes from the linked task below (`carriedBy`): progress is recorded there. */
  carried: z.boolean(),
  version: z.number().int(),
  evidence: z.array(evidence),
});

/** GET /api/assignments/:id: the assignment's occurrences; a lead also sees its partners'. */
export const assignmentDetail = z.object({
  assignment: z.object({
    id,
    role: assignmentRole,
    writtenAs: z.string(),
    body: bodyBrief,
    canUpdate: z.boolean(),
  }),
  task: z.object({ id, ref: z.string(), title: z.string(), timeframe: timeframe.nullable() }),
  plan: planRef,
  today: isoDate,
  /** The task of the plan above this task carries, with the body's assignment there (if it has one). */
  carries: z
    .object({
      task: z.object({ ref: z.string(), title: z.string() }),
      plan: planRef,
      assignmentId: id.nullable(),
    })
    .nullable(),
  /** The tasks of the body's own plans that carry this one: its progress is recorded on them. */
  carriedBy: z.array(
    z.object({
      task: z.object({ id, ref: z.string(), title: z.string() }),
      plan: planRef,
      assignmentId: id,
      lead: bodyBrief,
      done: z.number().int(),
      overdue: z.number().int(),
      total: z.number().int(),
    }),
  ),
  occurrences: z.array(occurrence),
  contributions: z.array(
    z.object({ assignmentId: id, role: assignmentRole, body: bodyBrief, occurrences: z.array(occurrence) }),
  ),
});

/** POST /api/occurrences/:id/progress. */
export const progressResponse = z.object({
  occurrence: occurrence.pick({ id: true, note: true, completedOn: true, state: true, version: true }),
});

/** POST /api/occurrences/:id/evidence. */
export const evidenceResponse = z.object({ evidence });

export const taskHistoryItem = z.object({
  id: z.number().int(),
  at: isoDateTime,
  action: z.string(),
  actor: z.object({ username: z.string(), fullName: z.string() }).nullable(),
  /** The name of the body the change was made for. */
  body: z.string().nullable(),
  before: auditSnapshot,
  after: auditSnapshot,
});
/** GET /api/tasks/:id/history: oldest first. */
export const taskHistory = listOf(taskHistoryItem);

/** An assignment of the actor's body or below, with its next open occurrence. */
export const myTask = z.object({
  assignmentId: id,
  role: assignmentRole,
  task: z.object({ ref: z.string(), title: z.string() }),
  plan: planRef,
  body: bodyRef,
  next: z.object({ occurrenceId: id, dueOn: isoDate, label: z.string(), state: occurrenceState }).nullable(),
  open: z.number().int(),
  overdue: z.number().int(),
  done: z.number().int(),
});
/** GET /api/my-tasks: one page, in plan and task order; `total` counts the whole filtered list. */
export const myTasks = pageOf(myTask);

/** A task's due date, with how many bodies share it and in which states. */
export const calendarItem = z.object({
  dueOn: isoDate,
  label: z.string(),
  task: z.object({ id, ref: z.string(), title: z.string() }),
  plan: z.object({ id, number: z.string().nullable() }),
  assignmentId: id,
  bodies: z.number().int(),
  counts: stateCounts,
});
/** GET /api/calendar. */
export const calendar = z.object({
  today: isoDate,
  items: z.array(calendarItem),
  /** National and the plans' observances. */
  keyDays: z.array(z.object({ date: isoDate, name: z.string() })),
  /** Campaign peaks of tasks. */
  peaks: z.array(z.object({ from: isoDate, to: isoDate, taskId: id, title: z.string() })),
});

export const overdueItem = z.object({
  occurrenceId: id,
  dueOn: isoDate,
  label: z.string(),
  daysLate: z.number().int(),
  assignmentId: id,
  role: assignmentRole,
  body: bodyRef,
  task: z.object({ ref: z.string(), title: z.string() }),
  plan: z.object({ id, number: z.string().nullable() }),
});
/** GET /api/overdue: one page, oldest first; `total` counts the whole filtered list. */
export const overdue = pageOf(overdueItem).extend({ today: isoDate });
/** GET /api/overdue.xlsx: the whole filtered list. */
export const overdueWorkbook = fileResponse('The overdue list as .xlsx', [MEDIA_TYPES.xlsx]);

// Requests -------------------------------------------------------------------------------------

/** The filters of the overdue list, the same for a page and for the workbook. */
export const overdueQuery = z.object({
  bodyId: z.uuid({ error: 'Đơn vị không hợp lệ: hãy chọn lại đơn vị trong danh sách.' }).optional(),
  planId: z.uuid({ error: 'Kế hoạch không hợp lệ: hãy chọn lại kế hoạch trong danh sách.' }).optional(),
  q: text(200, { optional: true }).optional(),
  role: z
    .enum(assignmentRole.options, { error: 'Vai trò phải là lead (chủ trì) hoặc partner (phối hợp).' })
    .optional(),
  minDaysLate: z.coerce
    .number({ error: 'Số ngày quá hạn phải là một số nguyên từ 1 đến 3650.' })
    .int({ error: 'Số ngày quá hạn phải là một số nguyên từ 1 đến 3650.' })
    .min(1, { error: 'Số ngày quá hạn phải là một số nguyên từ 1 đến 3650.' })
    .max(3650, { error: 'Số ngày quá hạn phải là một số nguyên từ 1 đến 3650.' })
    .optional(),
});

/** The filters of "my tasks" (GET /api/my-tasks adds page and pageSize). */
export const myTasksQuery = z.object({
  q: text(200, { optional: true }).optional(),
  state: z
    .enum(['in_progress', 'overdue', 'done'], {
      error: 'Trạng thái phải là in_progress (đang làm), overdue (quá hạn) hoặc done (đã xong).',
    })
    .optional(),
});
