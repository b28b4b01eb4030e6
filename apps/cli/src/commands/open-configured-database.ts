import { type DatabaseHandle, migrateToLatest, openDatabase } from '@lantoa/db';
import { loadConfig } from '@lantoa/server/config';

/** The database the server would use (DATABASE_URL or ./data), migrated. */
export async function openConfiguredDatabase(): Promise<DatabaseHandle> {
  const config = loadConfig();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(handle.db);
  return handle;
}
