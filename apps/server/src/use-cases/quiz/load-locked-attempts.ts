import type { Database } from '@lantoa/db';
import type { Transaction } from 'kysely';

/**
 * The attempts a batch touches, locked: answers take a key-share lock and a submission an update
 * lock, so an answer either lands before the submission reads the answers (and counts) or waits
 * for it and is refused; two batches submitting one attempt run one after the other.
 */
export async function loadLockedAttempts(
  trx: Transaction<Database>,
  ids: string[],
  lock: 'key share' | 'update',
) {
  const rows = await trx
    .selectFrom('quiz_attempts')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .orderBy('id') // one lock order for every batch: no deadlock between them
    .$call((q) => (lock === 'update' ? q.forUpdate() : q.forKeyShare()))
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}
