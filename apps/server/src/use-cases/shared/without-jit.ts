import type { Database } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';
import { inTransaction } from './in-transaction.ts';

/**
 * A read with PostgreSQL's JIT compiler off (SET LOCAL: until the end of its transaction). Reads
 * over a whole country are costed past jit_optimize_above_cost (estimates of joins on materialised
 * steps, which have no statistics, multiply), and PostgreSQL spent 1.1 to 3.8 s compiling the
 * cascade's "has overdue" query that then ran in 0.5 s, and 0.76 s compiling the national "members
 * trained" measure that runs in 0.1 s. PGlite has no JIT; the setting is accepted there and changes
 * nothing.
 */
export function withoutJit<T>(db: Kysely<Database>, read: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  return inTransaction(db, async (trx) => {
    await sql`set local jit = off`.execute(trx);
    return read(trx);
  });
}
