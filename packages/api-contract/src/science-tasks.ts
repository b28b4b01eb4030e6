// The registry of state-funded science and technology tasks (issue 17): what the department keeps,
// imports from its Excel list and discloses on the public pages. A secret task (bí mật nhà nước) is
// read only by those over the body that keeps it, and never disclosed. Request bodies the web sends
// live here too, typed by the web as z.input<…>.
import { SCIENCE_TASK_LEVELS, SCIENCE_TASK_LIMITS, SCIENCE_TASK_STATUSES } from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyBrief, id, isoDate, isoDateTime, pageOf } from './common.ts';
import { dateField, page, pageSize, version } from './request-fields.ts';
import { text } from './text-field.ts';
import { fileResponse, MEDIA_TYPES, storedFileRef } from './uploads.ts';

export const scienceTaskLevel = z.enum(SCIENCE_TASK_LEVELS);
export const scienceTaskStatus = z.enum(SCIENCE_TASK_STATUSES);

/** A budget in whole đồng, as a bigint column holds it and a JavaScript number keeps it exactly. */
const budgetVnd = z
  .number()
  .int({ error: 'Kinh phí ghi bằng số đồng, không có phần lẻ.' })
  .min(0, { error: 'Kinh phí không được âm.' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'Kinh phí quá lớn. Hãy kiểm tra lại đơn vị (đồng).' });

const L = SCIENCE_TASK_LIMITS;

/** POST /api/bodies/:id/science-tasks: a task entered by hand. */
export const scienceTaskInput = z.object({
  code: text(L.code),
  title: text(L.title),
  level: scienceTaskLevel,
  hostOrganisation: text(L.hostOrganisation, { optional: true }).default(''),
  leadScientist: text(L.leadScientist, { optional: true }).default(''),
  /** The state budget (kinh phí ngân sách nhà nước) in đồng; null: not known. */
  budgetVnd: budgetVnd.nullable().default(null),
  startsOn: dateField.nullable().default(null),
  endsOn: dateField.nullable().default(null),
  status: scienceTaskStatus,
  results: text(L.results, { multiline: true, optional: true }).default(''),
  /** The plain-language summary the public page and a bulletin read. */
  summary: text(L.summary, { multiline: true, optional: true }).default(''),
  /** A state secret: never published, never read below the keeping body. */
  isSecret: z.boolean().default(false),
});

/** PUT /api/science-tasks/:id: the whole task again, on the version the editor loaded. */
export const scienceTaskUpdate = scienceTaskInput.extend({ version });

/** POST /api/science-tasks/:id/publish and …/unpublish: on the version the editor saw. */
export const scienceTaskPublication = z.object({ version });

/** A task as the registry's list shows it. */
export const scienceTaskSummary = z.object({
  id,
  body: bodyBrief,
  code: z.string(),
  title: z.string(),
  level: scienceTaskLevel,
  hostOrganisation: z.string(),
  leadScientist: z.string(),
  budgetVnd: z.number().nullable(),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  status: scienceTaskStatus,
  isSecret: z.boolean(),
  /** When it was disclosed on the public pages; null: not public. */
  publishedAt: isoDateTime.nullable(),
  version: z.number().int(),
});

/** GET /api/science-tasks/:id and the answer of every change. */
export const scienceTask = scienceTaskSummary.extend({
  results: z.string(),
  summary: z.string(),
  files: z.array(storedFileRef),
  /** The task's public page (a path of this site), while it is published; null otherwise. */
  publicPath: z.string().nullable(),
  /** Whether the reader may change it (`communicate` over its body). */
  canManage: z.boolean(),
  createdAt: isoDateTime,
});

/** GET /api/science-tasks: a page, and how many of the whole list are published and secret. */
export const scienceTaskPage = pageOf(scienceTaskSummary).extend({
  published: z.number().int(),
  secret: z.number().int(),
});

/** A yes/no filter of a query string: "true" or "false", absent for both. */
const queryFlag = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

/** GET /api/science-tasks (query string): the registry's search and filters. */
export const scienceTaskQuery = z.object({
  bodyId: z.uuid().optional(),
  q: text(200, { optional: true }).optional(),
  status: scienceTaskStatus.optional(),
  level: scienceTaskLevel.optional(),
  secret: queryFlag,
  published: queryFlag,
  page,
  pageSize,
});

/** GET /api/science-tasks/template. */
export const scienceTasksTemplateWorkbook = fileResponse(
  'The empty template of the S&T task registry: the headers, and the levels and statuses on a second sheet',
  [MEDIA_TYPES.xlsx],
);

/** GET /api/science-tasks/:id/files/:fileId. */
export const scienceTaskFile = fileResponse('A file attached to the task', [MEDIA_TYPES.any]);
