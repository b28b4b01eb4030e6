/** Tables of the state several server instances share (0029). */

/** A rate limit's counter for one key and its current window (see apps/server/src/http/rate-limit-postgres.ts). */
export interface RateLimitHitsTable {
  key: string;
  hits: number;
  expires_at: Date;
}

export type SharedStateTables = {
  rate_limit_hits: RateLimitHitsTable;
};
