import type { Database } from '@lantoa/db';
import type { Kysely, Transaction } from 'kysely';
import { observeQuizCommit } from '../../http/metrics.ts';

/** One caller's outcome inside a batch: its value, or its own error (the others still commit). */
export type Outcome<T> = { value: T } | { error: unknown };

interface Pending<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

/**
 * Group commit: writes arriving while a batch is being committed wait and go together in the next
 * transaction (at most `maxItems`), so a burst costs one commit instead of one per request. Each
 * caller's promise settles only after that transaction has committed, so an acknowledged write is
 * durable; when the transaction fails, each write is tried again alone, so only a faulty one gets
 * the error. With no batch in
 * flight a write starts at once (after the current tick, to gather writes that arrived together).
 */
export class WriteBatcher<I, O> {
  readonly #db: Kysely<Database>;
  readonly #run: (trx: Transaction<Database>, items: I[]) => Promise<Outcome<O>[]>;
  readonly #maxItems: number;
  #queue: Pending<I, O>[] = [];
  #inFlight = 0;
  #scheduled = false;
  readonly #maxInFlight: number;

  constructor(
    db: Kysely<Database>,
    run: (trx: Transaction<Database>, items: I[]) => Promise<Outcome<O>[]>,
    options: { maxItems?: number; maxInFlight?: number } = {},
  ) {
    this.#db = db;
    this.#run = run;
    this.#maxItems = options.maxItems ?? 500;
    this.#maxInFlight = options.maxInFlight ?? 1;
  }

  write(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      this.#schedule();
    });
  }

  async #alone(p: Pending<I, O>) {
    try {
      const began = performance.now();
      const [outcome] = await this.#db.transaction().execute((trx) => this.#run(trx, [p.item]));
      observeQuizCommit(1, (performance.now() - began) / 1000);
      if (!outcome) p.reject(new Error('write batch returned no outcome'));
      else if ('error' in outcome) p.reject(outcome.error);
      else p.resolve(outcome.value);
    } catch (error) {
      p.reject(error);
    }
  }

  #schedule() {
    if (this.#scheduled || this.#inFlight >= this.#maxInFlight || this.#queue.length === 0) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      void this.#flush();
    });
  }

  async #flush() {
    if (this.#inFlight >= this.#maxInFlight || this.#queue.length === 0) return;
    const batch = this.#queue.splice(0, this.#maxItems);
    this.#inFlight++;
    try {
      const began = performance.now();
      const outcomes = await this.#db.transaction().execute((trx) =>
        this.#run(
          trx,
          batch.map((p) => p.item),
        ),
      );
      observeQuizCommit(batch.length, (performance.now() - began) / 1000);
      batch.forEach((p, i) => {
        const outcome = outcomes[i];
        if (!outcome) p.reject(new Error('write batch returned no outcome'));
        else if ('error' in outcome) p.reject(outcome.error);
        else p.resolve(outcome.value);
      });
    } catch (error) {
      if (batch.length === 1) (batch[0] as Pending<I, O>).reject(error);
      // One bad write must not fail the others: each is tried again in its own transaction.
      // (#alone settles its pending write itself, whatever happens: nothing to await here.)
      else for (const p of batch) void this.#alone(p);
    } finally {
      this.#inFlight--;
      this.#schedule();
    }
  }
}

/** One batcher per database handle (tests open several databases in one process). */
export function batcherFor<I, O>(
  cache: WeakMap<Kysely<Database>, WriteBatcher<I, O>>,
  db: Kysely<Database>,
  create: () => WriteBatcher<I, O>,
): WriteBatcher<I, O> {
  let batcher = cache.get(db);
  if (!batcher) {
    batcher = create();
    cache.set(db, batcher);
  }
  return batcher;
}

/**
 * The quiz's registrations, starts, answers and submissions: up to 500 writes a transaction, and two
 * batches committing side by side (PGlite runs them one after another on its single connection).
 */
export const QUIZ_BATCH_OPTIONS = {
  maxItems: 500,
  maxInFlight: Number(process.env.LANTOA_QUIZ_WRITE_BATCHES ?? 2),
};
