import type { Database } from '@lantoa/db';
import type { Transaction } from 'kysely';

/**
 * The attempts a batch touches with their round's close, locked: answers take a key-share lock and
 * a submission an update lock, so an answer either lands before the submission reads the answers
 * (and counts) or waits for it and is refused; two batches submitting one attempt run one after the
 * other. The round is read in the same query, not locked (its close never changes).
 */
export async function loadLockedAttempts(
  trx: Transaction<Database>,
  ids: string[],
  lock: 'key share' | 'update',
) {
  const rows = await trx
    .selectFrom('quiz_attempts as attempt')
    .innerJoin('quiz_rounds as round', 'round.id', 'attempt.round_id')
    .selectAll('attempt')
    .select('round.closes_at as round_closes_at')
    .where('attempt.id', 'in', [...new Set(ids)])
    .orderBy('attempt.id') // one lock order for every batch: no deadlock between them
    .$call((q) => (lock === 'update' ? q.forUpdate(['attempt']) : q.forKeyShare(['attempt'])))
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}
