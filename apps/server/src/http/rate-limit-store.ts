import { createRequire } from 'node:module';

/** What a counter answers: hits in the current window, and milliseconds until it ends. */
export interface Counted {
  current: number;
  ttl: number;
}
export type CountCallback = (error: Error | null, result?: Counted) => void;

/** The plugin's options a store is built with (global ones, or a route's merged over them). */
export interface RateLimitStoreOptions {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  /** The in-process store's number of keys kept. */
  cache?: number;
}
/** A route's options as @fastify/rate-limit hands them to `child` (its typings say RouteOptions). */
export interface RouteLimitOptions extends RateLimitStoreOptions {
  routeInfo?: { method?: string | string[]; url?: string };
}

/** @fastify/rate-limit's store interface (v11: callbacks; `read` for `{ increment: false }`). */
export interface RateLimitStore {
  incr(key: string, callback: CountCallback, timeWindow: number, max: number): void;
  read?(key: string, callback: CountCallback, timeWindow: number, max: number): void;
  child(routeOptions: RouteLimitOptions): RateLimitStore;
}

const require = createRequire(import.meta.url);
/** The plugin's own in-process store (an LRU of counters). */
export const LocalStore = require('@fastify/rate-limit/store/LocalStore.js') as new (
  continueExceeding: boolean | undefined,
  exponentialBackoff: boolean | undefined,
  cache?: number,
) => RateLimitStore;

/**
 * A shared store (PostgreSQL or Redis) that falls back to counting in this process while the shared
 * one fails. Of the three ways to meet an unreachable store this is the one that keeps both promises:
 * failing closed (the plugin's default: every request a 500) would turn a Redis outage into an outage
 * of the whole service, and failing open (`skipOnError`) would lift every limit, the sign-in limit
 * included, for as long as the outage lasts. Counted here, each limit still holds per instance: at
 * most the limit times the number of instances, until the shared store answers again.
 */
export class FallbackRateLimitStore implements RateLimitStore {
  readonly #shared: RateLimitStore;
  readonly #local: RateLimitStore;
  readonly #onFailure: (error: Error) => void;

  constructor(shared: RateLimitStore, local: RateLimitStore, onFailure: (error: Error) => void) {
    this.#shared = shared;
    this.#local = local;
    this.#onFailure = onFailure;
  }

  incr(key: string, callback: CountCallback, timeWindow: number, max: number): void {
    this.#shared.incr(
      key,
      (error, result) => {
        if (!error) return callback(null, result);
        this.#onFailure(error);
        this.#local.incr(key, callback, timeWindow, max);
      },
      timeWindow,
      max,
    );
  }

  read(key: string, callback: CountCallback, timeWindow: number, max: number): void {
    const fromLocal = () => {
      if (this.#local.read) this.#local.read(key, callback, timeWindow, max);
      else callback(null, { current: 0, ttl: 0 });
    };
    if (!this.#shared.read) {
      fromLocal();
      return;
    }
    this.#shared.read(
      key,
      (error, result) => {
        if (!error) return callback(null, result);
        this.#onFailure(error);
        fromLocal();
      },
      timeWindow,
      max,
    );
  }

  child(routeOptions: RouteLimitOptions): FallbackRateLimitStore {
    return new FallbackRateLimitStore(
      this.#shared.child(routeOptions),
      this.#local.child(routeOptions),
      this.#onFailure,
    );
  }
}
