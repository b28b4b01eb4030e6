import type { DatabaseHandle } from '@lantoa/db';
import type { AuditAction } from '@lantoa/domain';

/**
 * The newest audit entry of `action` on the entity `entityId`: what a test reads to see what the change
 * kept of the row before and after it.
 */
export const lastAudit = (handle: DatabaseHandle, action: AuditAction, entityId: string) =>
  handle.db
    .selectFrom('audit_log')
    .select(['before', 'after'])
    .where('action', '=', action)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
