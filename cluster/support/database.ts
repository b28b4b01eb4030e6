// The PostgreSQL database of the multi-instance test: a fresh one on the server DATABASE_URL names
// (CI), or on a throw-away local server started here; loaded with the demo data once, at the test's
// pinned instant, before any instance starts.
import { randomBytes } from 'node:crypto';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '@lantoa/db';
import pg from 'pg';
import { seedDemoIfEmpty } from '../../apps/server/src/seed/demo-data.ts';
import { startLocalPostgres } from '../../scripts/local-postgres.ts';

export interface ClusterDatabase {
  url: string;
  handle: DatabaseHandle;
  dispose(): Promise<void>;
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export async function demoClusterDatabase(): Promise<ClusterDatabase> {
  const local = process.env.DATABASE_URL ? null : await startLocalPostgres();
  const serverUrl = process.env.DATABASE_URL ?? local?.url ?? '';
  const name = `lantoa_cluster_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), maxConnections: 4 });
  const dispose = async () => {
    await handle.close();
    await onServer(serverUrl, `drop database if exists ${name} with (force)`);
    local?.stop();
  };
  try {
    await migrateToLatest(handle.db);
    // Without the sample plans: the quiz, the accounts and the bodies are what the test uses.
    await seedDemoIfEmpty(handle.db, { plans: false });
  } catch (error) {
    await dispose();
    throw error;
  }
  return { url: url.toString(), handle, dispose };
}
