import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@lantoa/db';
import { copyTemplateDataDir, createTestDatabase, onDatabaseServer } from '@lantoa/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TEMPLATE } from '../../server/test/support/demo-database.ts';

// `lantoa backup` and `lantoa restore` as an operator runs them, in child processes: the demo data
// (a copy of the run's template: a PGlite folder, or a database on the test server) backed up, then
// restored into an empty folder or database.
const onPostgres = process.env.LANTOA_TEST_ENGINE === 'postgres';
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lantoa-cli-backup-'));
const archive = join(dir, 'demo.backup');
const dropped: string[] = [];
let sourceEnv: NodeJS.ProcessEnv;
let closeSource = async () => {};

const lantoa = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  spawnSync(process.execPath, [join(repo, 'apps/cli/bin/lantoa.js'), ...args], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANTOA_LOG: '0' };
  delete env.DATABASE_URL;
  delete env.LANTOA_FILES;
  return env;
}

/** The environment of an empty target: a new data folder, or a new database on the test server. */
async function emptyTargetEnv(): Promise<NodeJS.ProcessEnv> {
  if (!onPostgres)
    return { ...baseEnv(), LANTOA_DATA_DIR: join(dir, `target-${randomBytes(4).toString('hex')}`) };
  const name = `lantoa_cli_restore_${randomBytes(6).toString('hex')}`;
  await onDatabaseServer(`create database ${name}`);
  dropped.push(name);
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  return { ...baseEnv(), DATABASE_URL: url.toString() };
}

beforeAll(async () => {
  if (onPostgres) {
    const source = await createTestDatabase({ template: DEMO_TEMPLATE });
    await source.db.destroy();
    sourceEnv = { ...baseEnv(), DATABASE_URL: source.url };
    closeSource = source.close;
  } else {
    sourceEnv = { ...baseEnv(), LANTOA_DATA_DIR: join(dir, 'source') };
    if (!copyTemplateDataDir(DEMO_TEMPLATE, join(dir, 'source', 'pglite'))) {
      const seeded = lantoa(sourceEnv, 'seed', 'demo');
      expect(seeded.status, seeded.stderr).toBe(0);
    }
  }
});

afterAll(async () => {
  await closeSource();
  for (const name of dropped) await onDatabaseServer(`drop database if exists ${name} with (force)`);
  rmSync(dir, { recursive: true, force: true });
});

describe('lantoa backup and lantoa restore', () => {
  it('backs up the demo data and restores it into an empty database, every table checked', async () => {
    const backup = lantoa(sourceEnv, 'backup', archive);
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toMatch(
      /^Đã sao lưu (PGlite|PostgreSQL) vào .*demo\.backup \([\d.]+ MB\): \d+ bảng, \d+ dòng, 0 tệp/,
    );
    expect(backup.status).toBe(0);

    const targetEnv = await emptyTargetEnv();
    const restore = lantoa(targetEnv, 'restore', archive);
    expect(restore.stderr).toBe('');
    expect(restore.stdout).toMatch(/Đã khôi phục .*demo\.backup/);
    expect(restore.stdout).toMatch(/Mọi bảng khớp số dòng và mã kiểm tra với bản sao lưu/);
    expect(restore.status).toBe(0);

    // A second restore into what is now a full database is refused, the data left as it is.
    const twice = lantoa(targetEnv, 'restore', archive);
    expect(twice.stderr).toMatch(
      onPostgres ? /đã có bảng: chỉ khôi phục vào một cơ sở dữ liệu trống/ : /đã có dữ liệu/,
    );
    expect(twice.status).toBe(1);
    // Three runs of the command, each starting Node and opening the database: seconds each, more on a busy machine.
  }, 240_000);

  it.skipIf(onPostgres)('tells the operator to stop the server when it holds the data folder', async () => {
    const held = await openDatabase({ dataDir: join(dir, 'source', 'pglite') });
    try {
      const refused = lantoa(sourceEnv, 'backup', join(dir, 'while-running.backup'));
      expect(refused.stderr).toMatch(
        /hãy dừng máy chủ rồi chạy lại lệnh, hoặc dựa vào bản sao lưu hằng ngày/,
      );
      expect(refused.status).toBe(1);
    } finally {
      await held.close();
    }
  });
});
