import { type Database, migrations } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';

export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; databaseReachable: true; missingMigrations: string[] }
  /** `error`: what the database driver said, for the log. */
  | { ready: false; databaseReachable: false; missingMigrations: []; error: unknown };

/** PostgreSQL's "undefined table": a database never migrated has no kysely_migration yet. */
const UNDEFINED_TABLE = '42P01';

/**
 * Whether this instance can take traffic: the database answers, and every migration this version of
 * the code knows is recorded as applied in Kysely's own table. Migrations recorded there that this
 * version does not know (a newer instance migrated first, during a rolling update) do not make it
 * unready: migrations add, and the older code goes on working until it is replaced.
 */
export async function readiness(db: Kysely<Database>): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const result = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    applied = new Set(result.rows.map((row) => row.name));
  } catch (error) {
    if ((error as { code?: unknown }).code !== UNDEFINED_TABLE) {
      return { ready: false, databaseReachable: false, missingMigrations: [], error };
    }
    applied = new Set();
  }
  const known = Object.keys(migrations);
  const missingMigrations = known.filter((name) => !applied.has(name));
  return missingMigrations.length === 0
    ? { ready: true, migrations: known.length }
    : { ready: false, databaseReachable: true, missingMigrations };
}
