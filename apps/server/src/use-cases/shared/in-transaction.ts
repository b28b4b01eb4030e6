import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/**
 * Runs `work` in the caller's transaction when given one (with what else the change writes), or in
 * a transaction of its own when given the database: the writes it makes land together either way.
 */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
