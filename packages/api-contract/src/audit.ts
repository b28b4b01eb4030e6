// The audit trail.
import { z } from 'zod';
import { bodyBrief, id, isoDateTime, pageOf } from './common.ts';
import { dateField, page, pageSize } from './request-fields.ts';

/** What a change left: the entity's fields before or after it, as the use case recorded them. */
export const auditSnapshot = z.record(z.string(), z.unknown()).nullable();

export const auditEntry = z.object({
  id: z.number().int(),
  at: isoDateTime,
  actor: z.object({ id, username: z.string(), fullName: z.string() }).nullable(),
  body: bodyBrief.nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: auditSnapshot,
  after: auditSnapshot,
});

/** GET /api/audit. */
export const auditPage = pageOf(auditEntry);

/** The audit log's filter (query string); `from` and `to` are days, both included. */
export const auditQuery = z.object({
  bodyId: z.uuid().optional(),
  userId: z.uuid().optional(),
  from: dateField.optional(),
  to: dateField.optional(),
  page,
  pageSize,
});
