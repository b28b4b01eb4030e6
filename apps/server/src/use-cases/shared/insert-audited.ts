import { type AuditEntry, type Database, recordAudit } from '@lantoa/db';
import type { Insertable, Kysely, Selectable } from 'kysely';
import { inTransaction } from './in-transaction.ts';

/** The tables whose rows carry an `id`, the entity of their audit entry. */
export type TableWithId = {
  [T in keyof Database]: Database[T] extends { id: unknown } ? T : never;
}[keyof Database];

export interface AuditedInsert<T extends TableWithId> {
  table: T;
  values: Insertable<Database[T]>;
  /**
   * A unique key the new row may already be taken by (someone created it first): then nothing is
   * written and `taken()` is thrown, not the database's unique violation.
   */
  unique?: { columns: readonly (keyof Database[T] & string)[]; taken: () => Error };
  /** The audit entry of the creation, given the inserted row (its entity is the row's id). */
  audit: (inserted: Selectable<Database[T]>) => Omit<AuditEntry, 'entityId'>;
}

/**
 * The creation counterpart of `updateVersioned()`: insert the row, then its audit entry in the same
 * transaction, so no row exists without the entry that says who made it. Returns the inserted row.
 * Given a transaction, it runs in it (with what else the creation writes); given the database, in a
 * transaction of its own.
 */
export function insertAudited<T extends TableWithId>(
  db: Kysely<Database>,
  insert: AuditedInsert<T>,
): Promise<Selectable<Database[T]>> {
  return inTransaction(db, (trx) => insertAndAudit(trx, insert));
}

async function insertAndAudit<T extends TableWithId>(
  trx: Kysely<Database>,
  insert: AuditedInsert<T>,
): Promise<Selectable<Database[T]>> {
  // As in updateVersioned: Kysely cannot resolve columns on a table named by a type parameter, so
  // the query is built on a view of the one table with the column this helper reads; the row it
  // returns is that table's row, which the public signature states.
  const rows = trx as unknown as Kysely<{ row: { id: string } }>;
  const insertion = rows.insertInto(insert.table as 'row').values(insert.values as unknown as { id: string });
  const { unique } = insert;
  const inserted = await (unique
    ? insertion.onConflict((oc) => oc.columns(unique.columns as readonly 'id'[]).doNothing())
    : insertion
  )
    .returningAll()
    .executeTakeFirst();
  if (!inserted) throw unique ? unique.taken() : new Error(`Nothing was inserted into ${insert.table}.`);
  const row = inserted as unknown as Selectable<Database[T]>;
  await recordAudit(trx, { ...insert.audit(row), entityId: inserted.id });
  return row;
}
