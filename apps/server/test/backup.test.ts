import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { enqueueJobOnce } from '@lantoa/db';
import { onDatabaseServer, type TestDatabase } from '@lantoa/db/testing';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupRefused } from '../src/backup/backup-refused.ts';
import { checkBackupArchive } from '../src/backup/check-backup-archive.ts';
import { type RestoreTarget, restoreBackup } from '../src/backup/restore-backup.ts';
import { runDailyBackup } from '../src/backup/run-daily-backup.ts';
import { checksumDifferences, type TableChecksum, tableChecksums } from '../src/backup/table-checksums.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { createFileStorage } from '../src/files/create-file-storage.ts';
import { databaseFileStorage } from '../src/files/database-file-storage.ts';
import { directoryFileStorage } from '../src/files/directory-file-storage.ts';
import { jobDefinitions } from '../src/jobs/definitions.ts';
import { startWorker } from '../src/jobs/worker.ts';
import { demoDatabase } from './support/demo-database.ts';

// A backup of the demo database restored into an empty one (PGlite: a new data folder; PostgreSQL: a
// new database on the same server), table by table compared with what the backup recorded.
const onPostgres = process.env.LANTOA_TEST_ENGINE === 'postgres';
const folder = mkdtempSync(join(tmpdir(), 'lantoa-backup-test-'));
const backupDir = join(folder, 'backups');
let source: TestDatabase;
const created: string[] = [];

/** A new empty target: a folder that does not exist yet, or a database created on the test server. */
async function emptyTarget(): Promise<RestoreTarget> {
  if (!onPostgres)
    return { engine: 'pglite', dataDir: join(folder, `restored-${randomBytes(4).toString('hex')}`) };
  const name = `lantoa_restore_${randomBytes(6).toString('hex')}`;
  await onDatabaseServer(`create database ${name}`);
  created.push(name);
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  return { engine: 'postgres', databaseUrl: url.toString() };
}

/** The target's tables (PostgreSQL) or files (PGlite): nothing, when a refused restore left it alone. */
async function contentOf(target: RestoreTarget): Promise<string[]> {
  if (target.engine === 'pglite') return existsSync(target.dataDir) ? readdirSync(target.dataDir) : [];
  const client = new pg.Client({ connectionString: target.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public'`,
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  source = await demoDatabase();
});

afterAll(async () => {
  await source?.close();
  for (const name of created) await onDatabaseServer(`drop database if exists ${name} with (force)`);
  rmSync(folder, { recursive: true, force: true });
});

describe('backup and restore', () => {
  let backup: string;

  it('backs up the demo, wipes, restores and compares every table’s row count and a checksum of its content', async () => {
    // The files' bytes in a folder (LANTOA_FILES=dir:…), as `lantoa files migrate` leaves them: the
    // demo's, and two more (one empty) that only the folder holds.
    const config: Config = {
      ...loadConfig({}),
      databaseUrl: source.url,
      fileStorage: { driver: 'directory', path: join(folder, 'files') },
      backup: { dir: backupDir, keep: 2 },
    };
    const sourceFiles = createFileStorage(config.fileStorage, source);
    const inDatabase = databaseFileStorage(source.db);
    for (const { id } of await source.db.selectFrom('files').select('id').execute()) {
      await sourceFiles.put(id, await inDatabase.get(id));
    }
    const bodyId = (await source.db.selectFrom('bodies').select('id').limit(1).executeTakeFirstOrThrow()).id;
    const added = new Map<string, Buffer>();
    for (const content of [randomBytes(700_000), Buffer.alloc(0)]) {
      const { id } = await source.db
        .insertInto('files')
        .values({
          body_id: bodyId,
          name: 'ghi-am.bin',
          media_type: 'application/octet-stream',
          size: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await sourceFiles.put(id, Readable.from([content]));
      added.set(id, content);
    }
    const fileCount = Number(
      (
        await source.db
          .selectFrom('files')
          .select((eb) => eb.fn.countAll().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );

    // The daily job, as the server's worker runs it.
    const started = performance.now();
    const worker = startWorker(
      source.db,
      jobDefinitions(config, source).filter((definition) => definition.kind === 'backup.run'),
      20,
    );
    expect(await enqueueJobOnce(source.db, 'backup.run', { date: '2031-03-04' })).toBe(true);
    await worker.idle();
    await worker.stop();
    const backedUp = performance.now();
    const job = await source.db
      .selectFrom('jobs')
      .select(['status', 'error'])
      .where('kind', '=', 'backup.run')
      .executeTakeFirstOrThrow();
    expect(job).toEqual({ status: 'done', error: null });
    backup = join(backupDir, 'lantoa-2031-03-04.backup');

    const target = await emptyTarget();
    const restoredFiles = directoryFileStorage(join(folder, 'files-restored'));
    const report = await restoreBackup(backup, target, { storageFor: () => restoredFiles });
    const restored = performance.now();
    console.log(
      `${source.engine}: backup ${((backedUp - started) / 1000).toFixed(1)} s (${(statSync(backup).size / 1e6).toFixed(1)} MB), ` +
        `restore and check ${((restored - backedUp) / 1000).toFixed(1)} s, ${report.tables.length} tables`,
    );

    expect(report.differences).toEqual([]);
    expect(report.manifest.engine).toBe(source.engine);
    expect(report.manifest.files).toMatchObject({ driver: 'directory', count: fileCount });
    expect(report.filesRestored).toBe(fileCount);
    for (const [id, content] of added)
      expect(Buffer.concat(await (await restoredFiles.get(id)).toArray())).toEqual(content);
    // The record describes the source as it is, table by table: only the jobs table moved on since
    // the snapshot (the backup's own job, running then, done now).
    const now = await source.db.transaction().execute((trx) => tableChecksums(trx));
    const notJobs = (tables: TableChecksum[]) => tables.filter((table) => table.table !== 'jobs');
    expect(notJobs(report.manifest.tables)).toEqual(notJobs(now));
    expect(report.tables).toEqual(report.manifest.tables);
    expect(now.length).toBeGreaterThan(50);
    const rows = Object.fromEntries(now.map((table) => [table.table, table.rows]));
    expect(rows.bodies).toBeGreaterThan(3000);
    expect(rows.users).toBeGreaterThan(5);
    expect(rows.kysely_migration).toBe(report.manifest.migrations.length);

    // The checksum sees one changed value in one row.
    await sql`update bodies set name = name || '.' where id = (select id from bodies order by id limit 1)`.execute(
      source.db,
    );
    const changed = await source.db.transaction().execute((trx) => tableChecksums(trx));
    expect(checksumDifferences(notJobs(report.manifest.tables), notJobs(changed))).toEqual([
      'bodies: nội dung khác / checksum differs',
    ]);
    // Seconds on an idle machine (see the figures printed); PGlite's dump and load are slow under load.
  }, 240_000);

  it('refuses a truncated or damaged archive, and leaves the target as it was', async () => {
    const whole = readFileSync(backup);
    const truncated = join(folder, 'truncated.backup');
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const damaged = join(folder, 'damaged.backup');
    const flipped = Buffer.from(whole);
    const at = Math.floor(whole.length / 2);
    flipped[at] = (flipped[at] as number) ^ 0xff;
    writeFileSync(damaged, flipped);

    for (const file of [truncated, damaged]) {
      const target = await emptyTarget();
      const refusal = restoreBackup(file, target);
      await expect(refusal).rejects.toThrow(BackupRefused);
      await expect(refusal).rejects.toThrow(
        /không phải là một bản sao lưu nguyên vẹn của Lan Tỏa .*không khôi phục gì/,
      );
      expect(await contentOf(target)).toEqual([]);
    }
  });

  it('refuses a target that holds data, and a backup of the other engine', async () => {
    const occupied: RestoreTarget = onPostgres
      ? { engine: 'postgres', databaseUrl: source.url as string }
      : { engine: 'pglite', dataDir: folder };
    await expect(restoreBackup(backup, occupied)).rejects.toThrow(
      onPostgres
        ? /đã có bảng: chỉ khôi phục vào một cơ sở dữ liệu trống/
        : /đã có dữ liệu: chỉ khôi phục vào một thư mục trống/,
    );
    const other = onPostgres ? 'pglite' : 'postgres';
    await expect(checkBackupArchive(backup, other, join(folder, 'unused.dump'))).rejects.toThrow(
      onPostgres
        ? /là của PostgreSQL, còn nơi khôi phục là PGlite/
        : /là của PGlite, còn nơi khôi phục là PostgreSQL/,
    );
  });

  it('keeps the newest daily backups and touches nothing else in the folder', async () => {
    const dir = join(folder, 'retention');
    mkdirSync(dir);
    const foreign = [
      'notes.txt',
      'lantoa-latest.backup',
      'lantoa-2031-03-01.backup.bak',
      '.lantoa-2031-03-04.backup.partial-abcd1234',
    ];
    for (const name of [
      ...['01', '02', '03', '04'].map((day) => `lantoa-2031-03-${day}.backup`),
      ...foreign,
    ]) {
      writeFileSync(join(dir, name), name);
    }
    writeFileSync(join(dir, '.lantoa-2031-03-02.backup.partial-0badc0de'), 'cut short by a crash');
    // A mistyped LANTOA_BACKUP_KEEP (Number('seven')) deletes nothing.
    const before = readdirSync(dir).sort();
    await expect(
      runDailyBackup(
        { handle: source, databaseUrl: source.url },
        { dir, keep: Number.NaN, date: '2031-03-04' },
      ),
    ).rejects.toThrow(/LANTOA_BACKUP_KEEP phải là một số nguyên từ 1 trở lên/);
    expect(readdirSync(dir).sort()).toEqual(before);
    // The day's backup is there already (a retried job): nothing is backed up again, the old ones go.
    const outcome = await runDailyBackup(
      { handle: source, databaseUrl: source.url },
      { dir, keep: 2, date: '2031-03-04' },
    );
    expect(outcome.created).toBeNull();
    expect(outcome.deleted.sort()).toEqual([
      '.lantoa-2031-03-02.backup.partial-0badc0de',
      'lantoa-2031-03-01.backup',
      'lantoa-2031-03-02.backup',
    ]);
    expect(readdirSync(dir).sort()).toEqual(
      [...foreign, 'lantoa-2031-03-03.backup', 'lantoa-2031-03-04.backup'].sort(),
    );
    expect(readFileSync(join(dir, 'lantoa-2031-03-04.backup'), 'utf8')).toBe('lantoa-2031-03-04.backup');
  });
});
