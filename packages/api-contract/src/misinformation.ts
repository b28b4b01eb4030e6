// Reports of false information (issue 17, item 5): reported by the public (a page) or by any body's
// staff, triaged by the culture department, answered with a correction, priority bulletins at the
// affected communes' loudspeakers and a word to the platform. Request bodies the web sends live here
// too, typed by the web as z.input<…>.
import {
  MISINFORMATION_AGES,
  MISINFORMATION_PLACES,
  MISINFORMATION_STATUSES,
  MISINFORMATION_VERDICTS,
} from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyRef, id, isoDate, isoDateTime, pageOf } from './common.ts';
import { optionalWebLink } from './outputs.ts';
import { dateField, page, pageSize, version } from './request-fields.ts';
import { text } from './text-field.ts';

export const misinformationPlace = z.enum(MISINFORMATION_PLACES);
export const misinformationStatus = z.enum(MISINFORMATION_STATUSES);
export const misinformationVerdict = z.enum(MISINFORMATION_VERDICTS);
export const misinformationAge = z.enum(MISINFORMATION_AGES);

/**
 * POST /api/misinformation: a body's staff report a post or article. JSON, or multipart with these
 * fields first and then the screenshot (an image); a link or a screenshot, at least one.
 */
export const misinformationReportInput = z.object({
  link: optionalWebLink.optional(),
  seenWhere: misinformationPlace,
  description: text(5000, { multiline: true }),
});
export const misinformationReported = z.object({ id, code: z.string() });

/** POST /api/misinformation/:id/assign: the body that triages it (the culture department by default). */
export const misinformationAssignInput = z.object({
  handlerBodyId: z.uuid().optional(),
  version,
});
/** POST /api/misinformation/:id/triage: what the verification found. */
export const misinformationTriageInput = z.object({
  verdict: misinformationVerdict,
  verification: text(10_000, { multiline: true, optional: true }).optional(),
  version,
});
/**
 * PUT /api/misinformation/:id/response: what was done. The correction is published on the site's
 * public page when `publishCorrection` (personal data removed from it); the platform was told on a day.
 */
export const misinformationResponseInput = z.object({
  response: text(10_000, { multiline: true, optional: true }).optional(),
  correctionTitle: text(300, { optional: true }).optional(),
  correctionText: text(10_000, { multiline: true, optional: true }).optional(),
  publishCorrection: z.boolean().optional(),
  platformNotifiedOn: dateField.nullable().optional(),
  platformNote: text(2000, { multiline: true, optional: true }).optional(),
  version,
});
/**
 * POST /api/misinformation/:id/bulletins: "Phát bản tin ưu tiên" — one priority bulletin per commune
 * picked, from the published correction, in one step; they air from `validFrom` (today) for three
 * days unless `validUntil` says otherwise.
 */
export const misinformationBulletinInput = z.object({
  communeIds: z
    .array(z.uuid())
    .min(1, { error: 'Hãy chọn ít nhất một xã, phường.' })
    .max(200, { error: 'Tối đa 200 xã, phường một lần.' }),
  validFrom: dateField.optional(),
  validUntil: dateField.optional(),
  version,
});
/** POST /api/misinformation/:id/close. */
export const misinformationCloseInput = z.object({ version });

/** GET /api/misinformation (query string): by status, verdict and age; `q` a receipt code or words. */
export const misinformationQuery = z.object({
  status: misinformationStatus.optional(),
  verdict: misinformationVerdict.optional(),
  age: misinformationAge.optional(),
  q: text(100, { optional: true }).optional(),
  page,
  pageSize,
});

export const misinformationSummary = z.object({
  id,
  /** The receipt code ("TS-7K3M-Q9TD"). */
  code: z.string(),
  /** The province whose culture department handles it. */
  site: bodyRef,
  /** The body that triages it; null: not assigned yet (the site's own people). */
  handler: bodyRef.nullable(),
  /** The body whose staff reported it; null: a report from the public page. */
  reporter: bodyRef.nullable(),
  seenWhere: misinformationPlace,
  /** The reported link's host name ("facebook.com"), '' when none. */
  linkHost: z.string(),
  hasScreenshot: z.boolean(),
  /** The start of what the reporter says is false. */
  excerpt: z.string(),
  status: misinformationStatus,
  verdict: misinformationVerdict.nullable(),
  age: misinformationAge,
  createdAt: isoDateTime,
});
/** GET /api/misinformation: a page of cases, and how many of each status the other filters leave. */
export const misinformationPage = pageOf(misinformationSummary).extend({
  counts: z.record(misinformationStatus, z.number().int()),
});

export const misinformationBulletin = z.object({
  id,
  title: z.string(),
  target: bodyRef,
  validFrom: isoDate,
  validUntil: isoDate.nullable(),
  audioStatus: z.string(),
});

export const misinformationCase = misinformationSummary.extend({
  link: z.string(),
  description: z.string(),
  reportedBy: z.string().nullable(),
  /** The reporter's contact details: only to the site's coordinators and the handler; else null. */
  contact: z
    .object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() })
    .nullable(),
  verification: z.string(),
  triagedBy: z.string().nullable(),
  triagedAt: isoDateTime.nullable(),
  response: z.string(),
  correction: z.object({
    title: z.string(),
    text: z.string(),
    publishedAt: isoDateTime.nullable(),
    /** The correction's public page, once published. */
    publicPath: z.string().nullable(),
  }),
  platformNotifiedAt: isoDateTime.nullable(),
  platformNote: z.string(),
  bulletins: z.array(misinformationBulletin),
  closedAt: isoDateTime.nullable(),
  /** What the reader may do: assign (the site's people), handle (triage, respond, bulletins, close). */
  can: z.object({ assign: z.boolean(), handle: z.boolean() }),
  /** The body proposed when assigning: the province's culture department, else the province. */
  suggestedHandler: bodyRef,
  version: z.number().int(),
});

/** GET /api/misinformation/:id/communes: the site's communes the bulletins may go to. */
export const misinformationCommunes = z.object({
  items: z.array(bodyRef.extend({ stations: z.number().int() })),
});
