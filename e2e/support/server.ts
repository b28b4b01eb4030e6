import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onDatabaseServer } from '@lantoa/db/testing';
import { startServerProcess } from '../../scripts/server-process.ts';
import { TEST_NOW } from './clock.ts';

export { onDatabaseServer };

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The demo template of the run (global-setup.ts), copied per server: a data directory already migrated
 * and loaded with the demo data, and, when the tests run on a PostgreSQL server (DATABASE_URL), the
 * database beside it, copied with `create database … template`. JSON of {@link DemoTemplate}.
 */
export const E2E_DATA_TEMPLATE_ENV = 'LANTOA_E2E_DATA_TEMPLATE';

export interface DemoTemplate {
  /** The data directory (PGlite's database in it, or only the stored files beside a server's). */
  dataDir: string;
  /** The template database on the server named by DATABASE_URL, if the run uses one. */
  database?: string;
}

function demoTemplate(): DemoTemplate | null {
  const json = process.env[E2E_DATA_TEMPLATE_ENV];
  if (!json) return null;
  const template = JSON.parse(json) as DemoTemplate;
  // A template of the other engine (made with or without DATABASE_URL) is not this run's.
  if (Boolean(template.database) !== Boolean(process.env.DATABASE_URL) || !existsSync(template.dataDir))
    return null;
  return template;
}

/** The address of database `name` on the server named by DATABASE_URL. */
export function databaseUrl(name: string): string {
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}
const webDir = join(repoRoot, 'apps/web');
const distIndex = join(webDir, 'dist/index.html');

/** Newest modification time of the files under `dir` (recursively). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web app when `apps/web/dist` is missing or older than its sources. */
export function ensureWebBuilt(): void {
  const sourcesTime = Math.max(
    newestMtime(join(webDir, 'src')),
    statSync(join(webDir, 'index.html')).mtimeMs,
    statSync(join(webDir, 'vite.config.ts')).mtimeMs,
    statSync(join(webDir, 'precompress.ts')).mtimeMs,
    statSync(join(webDir, 'texts-plugin.ts')).mtimeMs,
  );
  if (existsSync(distIndex) && statSync(distIndex).mtimeMs >= sourcesTime) return;
  const vite = join(repoRoot, 'node_modules/vite/bin/vite.js');
  // Vitest sets NODE_ENV=test, which would keep antd's development warnings in the bundle (they
  // reach the page errors every browser test checks): the app is built as it ships.
  execFileSync(process.execPath, [vite, 'build', 'apps/web', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export interface RunningServer {
  baseUrl: string;
  /** Everything the server printed so far, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * A database of its own on the PostgreSQL server named by DATABASE_URL (each browser test file starts
 * from the demo data, whatever the files before it changed), a copy of `template` when given; or none:
 * the server then uses PGlite in its data directory.
 */
async function freshServerDatabase(
  template: string | undefined,
): Promise<{ url: string; drop: () => Promise<void> } | null> {
  if (!process.env.DATABASE_URL) return null;
  const name = `lantoa_e2e_${randomBytes(6).toString('hex')}`;
  await onDatabaseServer(`create database ${name}${template ? ` template ${template}` : ''}`);
  return {
    url: databaseUrl(name),
    drop: () => onDatabaseServer(`drop database if exists ${name} with (force)`),
  };
}

/**
 * Starts the real server (`apps/server/src/main.ts`) on a free port with a data directory of its own
 * and, when DATABASE_URL names a server, a database of its own: copies of the run's demo template when
 * there is one, or empty (the server then migrates and seeds them), serving the built web app, its
 * clock pinned to TEST_NOW, and waits until `/api/health` answers. `env` adds settings (an SMTP server, hosts
 * whose feeds may be read on loopback).
 */
export async function startServer(
  options: { timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'lantoa-e2e-'));
  const template = demoTemplate();
  const database = await freshServerDatabase(template?.database);
  if (template) cpSync(template.dataDir, dataDir, { recursive: true });
  const cleanUp = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  };
  try {
    const server = await startServerProcess(
      {
        LANTOA_DATA_DIR: dataDir,
        LANTOA_WEB_DIST: join(webDir, 'dist'),
        ...(database ? { DATABASE_URL: database.url } : {}),
        ...options.env,
      },
      { timeoutMs: options.timeoutMs, clock: TEST_NOW },
    );
    return {
      baseUrl: server.baseUrl,
      output: server.output,
      stop: async () => {
        await server.stop();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
