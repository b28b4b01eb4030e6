import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '../database.ts';

/**
 * A fresh, migrated database for one test file. The engine follows LANTOA_TEST_ENGINE
 * ('pglite' by default, or 'postgres' with DATABASE_URL pointing at a server): on a server each
 * call creates its own database and drops it on close, so test files never share rows.
 */
export async function createTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  const engine = process.env.LANTOA_TEST_ENGINE ?? 'pglite';
  if (engine === 'pglite') {
    const handle = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    return handle;
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('LANTOA_TEST_ENGINE=postgres needs DATABASE_URL');
  const name = `lantoa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
