import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startServerProcess } from '../../scripts/server-process.ts';
import { TEST_NOW } from './clock.ts';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** A data directory already migrated and loaded with the demo data (global-setup.ts), copied per server. */
export const E2E_DATA_TEMPLATE_ENV = 'LANTOA_E2E_DATA_TEMPLATE';
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
  );
  if (existsSync(distIndex) && statSync(distIndex).mtimeMs >= sourcesTime) return;
  const vite = join(repoRoot, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', 'apps/web', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
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
 * from the demo data, whatever the files before it changed), or none: the server then uses PGlite in
 * its data directory.
 */
async function freshServerDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return null;
  const name = `lantoa_e2e_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

/**
 * Starts the real server (`apps/server/src/main.ts`) on a free port with a data directory of its own
 * (a copy of the run's demo template when there is one; a fresh database when DATABASE_URL names a
 * server), serving the built web app, its clock pinned to TEST_NOW, and waits until `/api/health`
 * answers.
 */
export async function startServer(options: { timeoutMs?: number } = {}): Promise<RunningServer> {
  ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'lantoa-e2e-'));
  const database = await freshServerDatabase();
  const template = process.env[E2E_DATA_TEMPLATE_ENV];
  if (!database && template && existsSync(template)) cpSync(template, dataDir, { recursive: true });
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
      },
      { ...options, clock: TEST_NOW },
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
