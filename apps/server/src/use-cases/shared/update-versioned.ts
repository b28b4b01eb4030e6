import { type AuditEntry, type Database, recordAudit } from '@lantoa/db';
import type { Kysely, Selectable, Updateable } from 'kysely';
import { staleVersion } from '../../http/errors.ts';
import { inTransaction } from './in-transaction.ts';

/** The tables whose rows carry an `id` and an optimistic `version`. */
export type VersionedTable = {
  [T in keyof Database]: Database[T] extends { id: unknown; version: unknown } ? T : never;
}[keyof Database];

export interface VersionedUpdate<T extends VersionedTable> {
  table: T;
  id: string;
  /** The version the editor loaded: the row is changed only if it is still that one. */
  version: number;
  /** How the user names the row, for the stale message ("Báo cáo", "Tài khoản"…). */
  what: string;
  /** The columns to change; `version` is moved on by the helper. */
  set: Omit<Updateable<Database[T]>, 'version'>;
  /** The audit entry of the change, given the updated row (its entity is the row's id). */
  audit: (updated: Selectable<Database[T]>) => Omit<AuditEntry, 'entityId'>;
}

/**
 * The optimistic update every editor goes through: `update … where id and version`, so someone who
 * saved in between is never silently overwritten (nothing updated → 409 stale version), then the
 * audit entry in the same transaction. Returns the updated row. Given a transaction, it runs in it
 * (with what else the change writes); given the database, in a transaction of its own.
 */
export function updateVersioned<T extends VersionedTable>(
  db: Kysely<Database>,
  change: VersionedUpdate<T>,
): Promise<Selectable<Database[T]>> {
  return inTransaction(db, (trx) => updateAndAudit(trx, change));
}

async function updateAndAudit<T extends VersionedTable>(
  trx: Kysely<Database>,
  change: VersionedUpdate<T>,
): Promise<Selectable<Database[T]>> {
  // Kysely cannot resolve column references on a table named by a type parameter, so the query is
  // built on a view of the one table with exactly the columns this helper touches; the row it
  // returns is that table's row, which the public signature states.
  const versioned = trx as unknown as Kysely<{ row: { id: string; version: number } }>;
  const updated = await versioned
    .updateTable(change.table as 'row')
    .set({ ...(change.set as { version?: number }), version: change.version + 1 })
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .returningAll()
    .executeTakeFirst();
  if (!updated) throw staleVersion(change.what);
  const row = updated as unknown as Selectable<Database[T]>;
  await recordAudit(trx, { ...change.audit(row), entityId: change.id });
  return row;
}
