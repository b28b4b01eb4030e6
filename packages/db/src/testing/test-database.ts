import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, migrateToLatest, openDatabase, openPGlite } from '../database.ts';
import type { Database } from '../schema.ts';

/**
 * The templates a test run prepared once (see `buildTestTemplates`), handed to the test workers in
 * this environment variable as JSON: the engine and, per template name, a PGlite data-directory dump
 * (a file) or a database on the server.
 */
export const TEST_TEMPLATES_ENV = 'LANTOA_TEST_TEMPLATES';

/** The template every run has: all migrations applied, no rows. */
export const MIGRATED = 'migrated';

type Engine = DatabaseHandle['engine'];
interface Templates {
  engine: Engine;
  /** Template name → dump file (PGlite) or database name (PostgreSQL). */
  sources: Record<string, string>;
}

export type TestDatabase = DatabaseHandle & { url?: string };

const engineOfRun = (): Engine => (process.env.LANTOA_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite');

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('LANTOA_TEST_ENGINE=postgres needs DATABASE_URL');
  return url;
}

function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on the PostgreSQL server named by DATABASE_URL (create or drop a database). */
export async function onDatabaseServer(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

function preparedTemplates(): Templates | null {
  const json = process.env[TEST_TEMPLATES_ENV];
  if (!json) return null;
  const templates = JSON.parse(json) as Templates;
  // A run on the other engine (a nested run, a script) ignores the templates rather than mixing engines.
  return templates.engine === engineOfRun() ? templates : null;
}

/** A new database on the server, copied from `template` when given, dropped on close. */
async function serverDatabase(template: string | null): Promise<TestDatabase> {
  const name = `lantoa_test_${randomBytes(6).toString('hex')}`;
  await onDatabaseServer(`create database ${name}${template ? ` template ${template}` : ''}`);
  const url = databaseUrl(serverUrl(), name);
  const handle = await openDatabase({ databaseUrl: url });
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      await onDatabaseServer(`drop database if exists ${name} with (force)`);
    },
  };
}

/**
 * A fresh, migrated database for one test file. The engine follows LANTOA_TEST_ENGINE
 * ('pglite' by default, or 'postgres' with DATABASE_URL pointing at a server): on a server each
 * call creates its own database and drops it on close, so test files never share rows.
 *
 * When the run prepared templates (the integration tests' global setup), the database is a copy of
 * `template` (default: migrated and empty); without them, or without that template, it is built
 * here, migrated and empty, and the caller adds what the template would have held.
 */
export async function createTestDatabase(options: { template?: string } = {}): Promise<TestDatabase> {
  const templates = preparedTemplates();
  const source = templates?.sources[options.template ?? MIGRATED] ?? templates?.sources[MIGRATED];
  if (engineOfRun() === 'pglite') {
    if (source)
      return (await openPGlite('memory://', { loadDataDir: new Blob([readFileSync(source)]) })).handle;
    const handle = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    return handle;
  }
  if (source) return serverDatabase(source);
  const handle = await serverDatabase(null);
  await migrateToLatest(handle.db);
  return handle;
}

/** The one body a test of stored rows needs on an empty migrated database (files belong to a body). */
export async function insertCountryBody(db: TestDatabase['db']): Promise<string> {
  const body = await db
    .insertInto('bodies')
    .values({
      kind: 'country',
      name: 'Việt Nam',
      path: '/vn/',
      depth: 0,
      search_key: 'viet nam',
      short_names: [],
      aliases: [],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return body.id;
}

/**
 * Writes a copy of `template` as a PGlite data directory at `dataDir`, for a test that starts the
 * real server on it (the server then finds its data instead of seeding it). False when the run has
 * no such PGlite template (no templates, or PostgreSQL: use `createTestDatabase({ template })`).
 */
export function copyTemplateDataDir(template: string, dataDir: string): boolean {
  const templates = preparedTemplates();
  const source = templates?.engine === 'pglite' ? templates.sources[template] : undefined;
  if (!source) return false;
  mkdirSync(dataDir, { recursive: true });
  // A dump is a tar of the data directory itself (PGlite's dumpDataDir, uncompressed).
  execFileSync('tar', ['-xf', source, '-C', dataDir]);
  return true;
}

export interface PreparedTemplates {
  /** The value of TEST_TEMPLATES_ENV for the processes that create test databases. */
  env: string;
  /** Removes the dumps or drops the template databases. */
  dispose(): Promise<void>;
}

/**
 * Builds the templates of a test run, once: `migrated` (every migration, no rows), then each of
 * `layers` in order, each the previous template plus what its function adds (e.g. the demo data).
 * On PGlite each is a dump of the data directory in a temporary folder; on PostgreSQL a database
 * `lantoa_template_<random>_<name>` that `createTestDatabase` copies with `create database … template`.
 */
export async function buildTestTemplates(
  layers: Record<string, (db: Kysely<Database>) => Promise<unknown>> = {},
): Promise<PreparedTemplates> {
  const engine = engineOfRun();
  const sources: Record<string, string> = {};
  const steps = [[MIGRATED, migrateToLatest] as const, ...Object.entries(layers)];
  if (engine === 'pglite') {
    const folder = mkdtempSync(join(tmpdir(), 'lantoa-test-templates-'));
    const dispose = async () => rmSync(folder, { recursive: true, force: true });
    try {
      const { handle, pglite } = await openPGlite('memory://');
      try {
        // Smaller dumps load quicker. PGlite tests never create databases, so the copies need no
        // template0 and template1; and log segments no longer needed are removed, not kept for reuse.
        for (const name of ['template0', 'template1']) {
          await pglite.exec(`alter database ${name} is_template false`);
          await pglite.exec(`drop database ${name}`);
        }
        await pglite.exec('set wal_recycle = off');
        for (const [name, fill] of steps) {
          await fill(handle.db);
          // A dump is of a running server: each copy starts with crash recovery, which replays the
          // log since the last checkpoint (the whole migration and seed without this one). The
          // switch first leaves the log before it unneeded, so the dump holds one 16 MB segment.
          await pglite.query('select pg_switch_wal()');
          await pglite.exec('checkpoint');
          const file = join(folder, `${name}.tar`);
          writeFileSync(file, new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer()));
          sources[name] = file;
        }
      } finally {
        await handle.close();
      }
    } catch (error) {
      await dispose();
      throw error;
    }
    return { env: JSON.stringify({ engine, sources } satisfies Templates), dispose };
  }
  const prefix = `lantoa_template_${randomBytes(6).toString('hex')}`;
  const dispose = async () => {
    for (const name of Object.values(sources).reverse()) {
      await onDatabaseServer(`drop database if exists ${name} with (force)`);
    }
  };
  try {
    let previous: string | null = null;
    for (const [name, fill] of steps) {
      const database = `${prefix}_${name}`;
      await onDatabaseServer(`create database ${database}${previous ? ` template ${previous}` : ''}`);
      sources[name] = database;
      const handle = await openDatabase({ databaseUrl: databaseUrl(serverUrl(), database) });
      try {
        await fill(handle.db);
      } finally {
        // A template is copied only while nobody is connected to it.
        await handle.close();
      }
      previous = database;
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return { env: JSON.stringify({ engine, sources } satisfies Templates), dispose };
}
