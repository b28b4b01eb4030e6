import type { Database } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';
import type {
  CountCallback,
  RateLimitStore,
  RateLimitStoreOptions,
  RouteLimitOptions,
} from './rate-limit-store.ts';

/** At most one sweep of expired counters per instance per minute. */
const CLEANUP_EVERY_MS = 60_000;

/** Hits waiting for the next statement, by key: the key's window and each waiting request's callback. */
type Pending = Map<string, { timeWindow: number; callbacks: CountCallback[] }>;

/**
 * What the stores of one registration share: the database, the hits waiting for the next statement
 * and whether one is running, and when expired rows were last swept.
 */
interface Shared {
  db: Kysely<Database>;
  pending: Pending;
  writing: boolean;
  lastCleanup: number;
  onCleanupError: (error: Error) => void;
}

/**
 * Rate-limit counters in PostgreSQL (`rate_limit_hits`, unlogged), shared by every instance on the
 * server. Each row is created, or counted on, or, when its window has passed, started again, in one
 * atomic upsert under the row's lock, so two instances counting the same address at the same moment
 * never lose a hit; the hits arriving together go in one statement ({@link writeHits}). Windows run on
 * the database's clock, the one clock the instances share.
 */
export class PostgresRateLimitStore implements RateLimitStore {
  readonly #shared: Shared;
  readonly #prefix: string;

  constructor(
    db: Kysely<Database>,
    options: RateLimitStoreOptions & { onCleanupError?: (error: Error) => void },
    prefix = '',
    shared?: Shared,
  ) {
    refuseUnsupported(options);
    this.#prefix = prefix;
    this.#shared = shared ?? {
      db,
      pending: new Map(),
      writing: false,
      lastCleanup: Date.now(),
      onCleanupError: options.onCleanupError ?? (() => {}),
    };
  }

  incr(key: string, callback: CountCallback, timeWindow: number): void {
    const pending = this.#shared.pending;
    const waiting = pending.get(this.#prefix + key);
    if (waiting) waiting.callbacks.push(callback);
    else pending.set(this.#prefix + key, { timeWindow, callbacks: [callback] });
    if (!this.#shared.writing) {
      this.#shared.writing = true;
      // The hits of this turn of the event loop go in one statement.
      setImmediate(() => writeHits(this.#shared));
    }
    this.#maybeCleanup();
  }

  /** The counter as it stands, without counting (the plugin's `{ increment: false }`). */
  read(
    key: string,
    callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
  ): void {
    sql<{ current: number; ttl: number }>`
      select hits as current, ${ttlMs('expires_at')} as ttl
      from rate_limit_hits where key = ${this.#prefix + key} and expires_at > now()`
      .execute(this.#shared.db)
      .then(
        ({ rows }) => callback(null, rows[0] ?? { current: 0, ttl: 0 }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
  }

  /** A route's own limit: its own counters, keyed like the plugin's Redis store (method and route). */
  child(routeOptions: RouteLimitOptions): PostgresRateLimitStore {
    refuseUnsupported(routeOptions);
    const route = `${routeOptions.routeInfo?.method ?? ''}${routeOptions.routeInfo?.url ?? ''}-`;
    return new PostgresRateLimitStore(this.#shared.db, routeOptions, `${this.#prefix}${route}`, this.#shared);
  }

  /**
   * Rows of windows that have passed are deleted now and then, so the table holds only the keys
   * counted lately. A row deleted as a request counts on it is harmless: the upsert finds it gone
   * and starts the window again, as it would have done with the expired row.
   */
  #maybeCleanup(): void {
    const shared = this.#shared;
    if (Date.now() - shared.lastCleanup < CLEANUP_EVERY_MS) return;
    shared.lastCleanup = Date.now();
    sql`delete from rate_limit_hits where expires_at <= now()`
      .execute(shared.db)
      .catch((error: unknown) =>
        shared.onCleanupError(error instanceof Error ? error : new Error(String(error))),
      );
  }
}

/**
 * Counts the waiting hits in one statement, then the hits that arrived meanwhile, until none wait: a
 * group commit of counters. One request at a time per statement would queue every request of a busy
 * address behind the lock of its row (1,200 req/s on /api/live from one address on this machine,
 * against 6,800 counted in the process); one statement per batch costs one round trip per batch.
 * Keys are written in one order, so two instances' batches never deadlock on each other's rows; the
 * requests of one key in a batch get consecutive counts in the order they arrived.
 */
function writeHits(shared: Shared): void {
  const batch = shared.pending;
  shared.pending = new Map();
  if (batch.size === 0) {
    shared.writing = false;
    return;
  }
  const keys = [...batch.keys()].sort();
  const entries = keys.map((key) => batch.get(key) as { timeWindow: number; callbacks: CountCallback[] });
  sql<{ key: string; hits: number; ttl: number }>`
    insert into rate_limit_hits as hit (key, hits, expires_at)
    select key, hits, now() + make_interval(secs => window_seconds)
    from unnest(${keys}::text[], ${entries.map((e) => e.callbacks.length)}::int[],
      ${entries.map((e) => e.timeWindow / 1000)}::float8[]) as batch(key, hits, window_seconds)
    order by key
    on conflict (key) do update set
      hits = case when hit.expires_at <= now() then excluded.hits else hit.hits + excluded.hits end,
      expires_at = case when hit.expires_at <= now() then excluded.expires_at else hit.expires_at end
    returning key, hits, ${ttlMs('expires_at')} as ttl`
    .execute(shared.db)
    .then(
      ({ rows }) => {
        const counted = new Map(rows.map((row) => [row.key, row]));
        for (const [i, key] of keys.entries()) {
          const { callbacks } = entries[i] as { callbacks: CountCallback[] };
          const row = counted.get(key);
          for (const [n, callback] of callbacks.entries()) {
            if (row) callback(null, { current: row.hits - callbacks.length + n + 1, ttl: row.ttl });
            else callback(new Error(`rate_limit_hits: no row returned for ${key}`));
          }
        }
      },
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        for (const { callbacks } of entries) for (const callback of callbacks) callback(failure);
      },
    )
    .finally(() => writeHits(shared));
}

// On the clock as the row is returned, not the statement's start (now()): a statement that waited for
// a row locked by another instance's later one would otherwise report more than the whole window.
const ttlMs = (column: string) =>
  sql<number>`greatest(0, ceil(extract(epoch from (${sql.ref(column)} - clock_timestamp())) * 1000))::int`;

/**
 * The plugin's options that change how a window runs once it is exceeded: not needed by any route,
 * and refused rather than silently counted otherwise than the in-process and Redis stores would.
 */
function refuseUnsupported(options: RateLimitStoreOptions): void {
  if (options.continueExceeding || options.exponentialBackoff)
    throw new Error(
      'The PostgreSQL rate-limit store does not support continueExceeding or exponentialBackoff; ' +
        'set LANTOA_REDIS_URL to count in Redis, or drop the option.',
    );
}
