import { createReadStream, existsSync, openAsBlob, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type DatabaseHandle, openDatabase, openPGlite } from '@lantoa/db';
import { sql } from 'kysely';
import pg from 'pg';
import type { FileStorage } from '../files/storage.ts';
import { type BackupManifest, FILES_PREFIX } from './backup-format.ts';
import { BackupRefused } from './backup-refused.ts';
import { checkBackupArchive } from './check-backup-archive.ts';
import { connectionForPrograms, findPostgresProgram, runPostgresProgram } from './postgres-programs.ts';
import { checksumDifferences, type TableChecksum, tableChecksums } from './table-checksums.ts';
import { readTar } from './tar-reader.ts';

/** Where a backup is restored: an empty PostgreSQL database, or an empty (or new) PGlite folder. */
export type RestoreTarget =
  | { engine: 'postgres'; databaseUrl: string }
  | { engine: 'pglite'; dataDir: string };

export interface RestoreReport {
  manifest: BackupManifest;
  /** Every table as restored: rows and checksum. */
  tables: TableChecksum[];
  /** Tables whose rows or checksum differ from the backup's record: empty when the restore is faithful. */
  differences: string[];
  /** Stored files put back into the configured storage. */
  filesRestored: number;
}

export interface RestoreOptions {
  /** The storage the restored files go to, given the restored database (from LANTOA_FILES). */
  storageFor?: (handle: DatabaseHandle) => FileStorage;
  /** Where the dump is unpacked meanwhile (default: the system's temporary folder). */
  workDir?: string;
}

/**
 * Restores a backup (see createBackup) into an empty target. The whole archive is read and checked
 * first (checkBackupArchive): a damaged or truncated one is refused before the target is touched.
 * PostgreSQL restores in one transaction (pg_restore --single-transaction), PGlite into a folder
 * removed again on failure, so a failed restore leaves the target as it was. Then every table's rows
 * and checksum are compared with the backup's record, and the files outside the database put back.
 */
export async function restoreBackup(
  path: string,
  target: RestoreTarget,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  await refuseUnlessEmpty(target);
  const work = await mkdtemp(join(options.workDir ?? tmpdir(), 'lantoa-restore-'));
  try {
    const dumpPath = join(work, 'database.dump');
    const { manifest } = await checkBackupArchive(path, target.engine, dumpPath);
    const handle =
      target.engine === 'postgres'
        ? await restorePostgres(dumpPath, manifest, target.databaseUrl)
        : await restorePGlite(dumpPath, target.dataDir);
    try {
      const tables = await handle.db.transaction().execute((trx) => tableChecksums(trx));
      const differences = checksumDifferences(manifest.tables, tables);
      const filesRestored =
        manifest.files.count > 0 && options.storageFor
          ? await restoreFiles(path, options.storageFor(handle))
          : 0;
      return { manifest, tables, differences, filesRestored };
    } finally {
      await handle.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function refuseUnlessEmpty(target: RestoreTarget): Promise<void> {
  if (target.engine === 'pglite') {
    if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
      throw new BackupRefused(
        `Thư mục dữ liệu ${target.dataDir} đã có dữ liệu: chỉ khôi phục vào một thư mục trống. ` +
          'Hãy dừng máy chủ, đổi tên hoặc chuyển thư mục này đi (để giữ dữ liệu cũ), rồi chạy lại lệnh. ' +
          `/ ${target.dataDir} is not empty: move it away, then restore again.`,
      );
    }
    return;
  }
  const client = new pg.Client({ connectionString: target.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ objects: string }>(
      `select count(*) as objects from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`,
    );
    if (Number(rows[0]?.objects) > 0) {
      const name = decodeURIComponent(new URL(target.databaseUrl).pathname.slice(1));
      throw new BackupRefused(
        `Cơ sở dữ liệu ${name} đã có bảng: chỉ khôi phục vào một cơ sở dữ liệu trống. ` +
          `Hãy tạo một cơ sở dữ liệu mới (createdb ${name}_moi) và trỏ DATABASE_URL tới nó, rồi chạy lại lệnh. ` +
          `/ Database ${name} is not empty: create an empty one and point DATABASE_URL at it.`,
      );
    }
  } finally {
    await client.end();
  }
}

async function restorePostgres(
  dumpPath: string,
  manifest: BackupManifest,
  databaseUrl: string,
): Promise<DatabaseHandle> {
  const handle = await openDatabase({ databaseUrl, maxConnections: 2 });
  try {
    const { rows } = await sql<{
      version: string;
    }>`select current_setting('server_version') as version`.execute(handle.db);
    const serverMajor = Number.parseInt(rows[0]?.version ?? '0', 10);
    // pg_restore reads dumps of its own version and older: at least the server's and the dump's.
    const pgRestore = findPostgresProgram(
      'pg_restore',
      Math.max(serverMajor, Number.parseInt(manifest.serverVersion, 10)),
    );
    const { url, env } = connectionForPrograms(databaseUrl);
    await runPostgresProgram(
      pgRestore,
      [
        '--single-transaction',
        '--exit-on-error',
        '--no-owner',
        '--no-privileges',
        `--dbname=${url}`,
        dumpPath,
      ],
      env,
    );
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function restorePGlite(dumpPath: string, dataDir: string): Promise<DatabaseHandle> {
  const existed = existsSync(dataDir);
  await mkdir(dataDir, { recursive: true });
  try {
    const dump = await openAsBlob(dumpPath, { type: 'application/x-gzip' });
    return (await openPGlite(dataDir, { loadDataDir: dump })).handle;
  } catch (error) {
    // The folder was empty or absent (refuseUnlessEmpty): it is left so.
    await rm(dataDir, { recursive: true, force: true });
    if (existed) await mkdir(dataDir);
    throw error;
  }
}

/** Puts every files/<key> entry back into the storage, streamed (the archive was checked whole before). */
async function restoreFiles(path: string, storage: FileStorage): Promise<number> {
  let restored = 0;
  for await (const entry of readTar(createReadStream(path, { highWaterMark: 1024 * 1024 }))) {
    if (!entry.name.startsWith(FILES_PREFIX)) continue;
    await storage.put(entry.name.slice(FILES_PREFIX.length), Readable.from(entry.content));
    restored += 1;
  }
  return restored;
}
