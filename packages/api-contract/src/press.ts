// The communication network (mạng lưới truyền thông) and press releases sent to it (issue 16).
// Request bodies the web sends live here too, typed by the web as z.input<…>.
import { CONTACT_KINDS, PRESS_RELEASE_STATUSES } from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyRef, id, isoDate, isoDateTime, listOf, pageOf } from './common.ts';
import { optionalWebLink, output, topicList } from './outputs.ts';
import { dateField, page, pageSize, version } from './request-fields.ts';
import { text } from './text-field.ts';
import { fileResponse, MEDIA_TYPES } from './uploads.ts';

export const contactKind = z.enum(CONTACT_KINDS);
export const pressReleaseStatus = z.enum(PRESS_RELEASE_STATUSES);

/** POST /api/bodies/:id/contacts, PUT /api/contacts/:id (with version). */
export const contactInput = z.object({
  kind: contactKind,
  name: text(300),
  organisation: text(300, { optional: true }).optional(),
  roleTitle: text(200, { optional: true }).optional(),
  email: z
    .email({ error: 'Địa chỉ thư điện tử không hợp lệ: hãy nhập dạng ten@vidu.vn.' })
    .max(320)
    .nullable()
    .optional(),
  phone: text(20, { optional: true }).optional(),
  url: optionalWebLink.optional(),
  topics: topicList.optional(),
  /** Consent to be contacted, and the day it was given (required with consent). */
  consent: z.boolean(),
  consentOn: dateField.nullable().optional(),
});
export const contactUpdate = contactInput.extend({ version });

export const contact = z.object({
  id,
  owner: bodyRef,
  kind: contactKind,
  name: z.string(),
  organisation: z.string(),
  roleTitle: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  url: z.string(),
  topics: z.array(z.string()),
  consent: z.boolean(),
  consentOn: isoDate.nullable(),
  unsubscribedAt: isoDateTime.nullable(),
  /** Consent given, not withdrawn, and an address: a press release may be sent. */
  reachable: z.boolean(),
  version: z.number().int(),
});
/** GET /api/contacts. */
export const contactPage = pageOf(contact);

/** The network's search (query string); `reachable`: only those a release may be sent to. */
export const contactQuery = z.object({
  bodyId: z.uuid().optional(),
  q: z.string().max(200).optional(),
  kind: contactKind.optional(),
  topic: z.string().max(100).optional(),
  reachable: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  page,
  pageSize: pageSize.default(50),
});

// The Excel imports (POST /api/bodies/:id/contacts/import and …/outputs/import) take a multipart
// form: `keepGoodRows` (keepGoodRowsField of training-imports.ts: "true" stores the good rows of a
// file with errors, "false", the default, stores nothing from it), then the file; they answer
// `sheetImportResult` (outputs.ts).

/** GET /api/contacts/template. */
export const contactsTemplateWorkbook = fileResponse(
  'The empty template of a communication network: the headers, and the kinds of contact on a second sheet',
  [MEDIA_TYPES.xlsx],
);
/** GET /api/outputs/template. */
export const outputsTemplateWorkbook = fileResponse(
  'The empty template of the outputs register: the headers, and the kinds of product and channel on a second sheet',
  [MEDIA_TYPES.xlsx],
);

/** POST /api/bodies/:id/press-releases, PUT /api/press-releases/:id (with version, drafts only). */
export const pressReleaseInput = z.object({
  title: text(500),
  body: text(20_000, { multiline: true }),
  topics: topicList.optional(),
  libraryItemIds: z.array(z.uuid()).max(10, { error: 'Tối đa 10 sản phẩm đính kèm.' }).optional(),
});
export const pressReleaseUpdate = pressReleaseInput.extend({ version });
export const pressReleaseCreated = z.object({ id });
/** POST /api/press-releases/:id/send: one message each to the contacts picked. */
export const pressReleaseSendInput = z.object({
  contactIds: z
    .array(z.uuid())
    .min(1, { error: 'Hãy chọn ít nhất một người nhận.' })
    .max(500, { error: 'Tối đa 500 người nhận một lần.' }),
  version,
});
export const pressReleaseSent = z.object({
  sent: z.number().int(),
  failed: z.number().int(),
  /** Contacts not written to, and why (no consent, unsubscribed, no address, already sent). */
  skipped: z.array(z.object({ contactId: id, reason: z.string() })),
});

export const pressReleaseSummary = z.object({
  id,
  body: bodyRef,
  title: z.string(),
  status: pressReleaseStatus,
  sentAt: isoDateTime.nullable(),
  recipients: z.number().int(),
  takenUp: z.number().int(),
  createdAt: isoDateTime,
});
/** GET /api/press-releases. */
export const pressReleaseList = listOf(pressReleaseSummary);
export const pressRelease = pressReleaseSummary.extend({
  body: bodyRef,
  text: z.string(),
  topics: z.array(z.string()),
  /** The release's public page, the link its messages carry: articles that cite it are linked to it. */
  trackedUrl: z.string(),
  items: z.array(z.object({ id, title: z.string() })),
  recipientList: z.array(
    z.object({
      contactId: id,
      name: z.string(),
      email: z.string(),
      sentAt: isoDateTime.nullable(),
      error: z.string().nullable(),
    }),
  ),
  articles: z.array(output),
  version: z.number().int(),
});
