// Global setup of the browser tests: the web app is built once, and one data directory (with, when
// DATABASE_URL names a PostgreSQL server, one database on it) is migrated and loaded with the demo
// data by the real server, at the pinned instant, then copied for each test file's server instead of
// each server migrating and seeding again (about 20 s a file on this machine).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from '../../scripts/server-process.ts';
import { TEST_NOW } from './clock.ts';
import {
  type DemoTemplate,
  databaseUrl,
  E2E_DATA_TEMPLATE_ENV,
  ensureWebBuilt,
  onDatabaseServer,
} from './server.ts';

export default async function setup(): Promise<() => Promise<void>> {
  ensureWebBuilt();
  const started = performance.now();
  const template: DemoTemplate = { dataDir: mkdtempSync(join(tmpdir(), 'lantoa-e2e-template-')) };
  if (process.env.DATABASE_URL) {
    template.database = `lantoa_e2e_template_${randomBytes(6).toString('hex')}`;
    await onDatabaseServer(`create database ${template.database}`);
  }
  const dispose = async () => {
    rmSync(template.dataDir, { recursive: true, force: true });
    if (template.database)
      await onDatabaseServer(`drop database if exists ${template.database} with (force)`);
  };
  try {
    const server = await startServerProcess(
      {
        LANTOA_DATA_DIR: template.dataDir,
        LANTOA_WEB_DIST: '/nonexistent',
        LANTOA_LOG: '0',
        ...(template.database ? { DATABASE_URL: databaseUrl(template.database) } : {}),
      },
      { clock: TEST_NOW },
    );
    // A clean stop: the embedded database writes everything to its directory before the copy, and a
    // database on a server is copied only while nobody is connected to it.
    await server.stop();
  } catch (error) {
    await dispose();
    throw error;
  }
  // Set before the workers start, which inherit this environment.
  process.env[E2E_DATA_TEMPLATE_ENV] = JSON.stringify(template);
  console.log(`browser tests' demo data ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return async () => {
    delete process.env[E2E_DATA_TEMPLATE_ENV];
    await dispose();
  };
}
