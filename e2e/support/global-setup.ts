// Global setup of the browser tests: the web app is built once, and (on the embedded database) one
// data directory is migrated and loaded with the demo data by the real server, at the pinned instant,
// then copied for each test file's server instead of each server migrating and seeding again (about
// 20 s a file on this machine).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from '../../scripts/server-process.ts';
import { TEST_NOW } from './clock.ts';
import { E2E_DATA_TEMPLATE_ENV, ensureWebBuilt } from './server.ts';

export default async function setup(): Promise<() => void> {
  ensureWebBuilt();
  if (process.env.DATABASE_URL) return () => {};
  const started = performance.now();
  const template = mkdtempSync(join(tmpdir(), 'lantoa-e2e-template-'));
  const server = await startServerProcess(
    { LANTOA_DATA_DIR: template, LANTOA_WEB_DIST: '/nonexistent', LANTOA_LOG: '0' },
    { clock: TEST_NOW },
  );
  // A clean stop: the embedded database writes everything to its directory before the copy.
  await server.stop();
  // Set before the workers start, which inherit this environment.
  process.env[E2E_DATA_TEMPLATE_ENV] = template;
  console.log(`browser tests' demo data ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return () => {
    delete process.env[E2E_DATA_TEMPLATE_ENV];
    rmSync(template, { recursive: true, force: true });
  };
}
