import type { Kysely } from 'kysely';

// Stored files' bytes behind one storage interface (issue 21).
export async function up(_db: Kysely<unknown>): Promise<void> {}
