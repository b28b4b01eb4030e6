import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** Issue 18's demo records (being built). */
export async function seedDemoHonours(_db: Kysely<Database>): Promise<void> {}
