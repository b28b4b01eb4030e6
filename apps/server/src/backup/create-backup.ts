import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Database, DatabaseHandle } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';
import type { FileStorage } from '../files/storage.ts';
import {
  appVersion,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  DATABASE_ENTRY,
  FILES_PREFIX,
  formatSums,
  MANIFEST_ENTRY,
  SUMS_ENTRY,
} from './backup-format.ts';
import { BackupRefused } from './backup-refused.ts';
import { connectionForPrograms, findPostgresProgram, runPostgresProgram } from './postgres-programs.ts';
import { type TableChecksum, tableChecksums } from './table-checksums.ts';
import { TarWriter } from './tar-writer.ts';

export interface BackupSource {
  handle: DatabaseHandle;
  /** The database's address (PostgreSQL), for pg_dump. */
  databaseUrl?: string | undefined;
  /** Where the files' bytes live; without it (or with the database driver) they are in the dump. */
  storage?: FileStorage | null | undefined;
}

/** What one snapshot of the database holds, taken with its dump. */
interface Snapshot {
  serverVersion: string;
  migrations: string[];
  tables: TableChecksum[];
  /** The stored files whose bytes live outside the database: key and size. */
  files: { id: string; size: number }[];
  /** The database's dump: its size and how to read it. */
  dump: { size: number; open(): AsyncIterable<Uint8Array> | Readable; dispose(): Promise<void> };
}

/**
 * Backs up the database and the stored files into one archive at `path` (format: backup-format.ts).
 * The checksums recorded describe exactly the dump: both come from one snapshot (PostgreSQL: a
 * repeatable-read transaction whose snapshot pg_dump shares; PGlite: its one connection held while
 * it is counted and dumped, which pauses other queries for that time). The archive is written beside
 * `path` under a temporary name and renamed when whole, so `path` is never a partial backup.
 */
export async function createBackup(source: BackupSource, path: string): Promise<BackupManifest> {
  if (existsSync(path)) {
    throw new BackupRefused(
      `Tệp ${path} đã có: hãy chọn tên khác hoặc xoá tệp cũ. / ${path} already exists.`,
    );
  }
  const storage = source.storage && source.storage.driver !== 'database' ? source.storage : null;
  const partial = join(dirname(path), `.${basename(path)}.partial-${randomBytes(4).toString('hex')}`);
  const createdAt = new Date();
  const snapshot =
    source.handle.engine === 'postgres'
      ? await postgresSnapshot(source, `${partial}.pgdump`, storage !== null)
      : await pgliteSnapshot(source.handle, `${partial}.tar.gz`, storage !== null);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: appVersion(),
    engine: source.handle.engine,
    createdAt: createdAt.toISOString(),
    serverVersion: snapshot.serverVersion,
    migrations: snapshot.migrations,
    tables: snapshot.tables,
    files: {
      driver: storage?.driver ?? 'database',
      count: snapshot.files.length,
      bytes: snapshot.files.reduce((sum, file) => sum + file.size, 0),
    },
  };
  // Readable by its owner only: a backup holds password hashes, session digests and the server's secrets.
  const file = await open(partial, 'wx', 0o600);
  try {
    const tar = new TarWriter(file, createdAt);
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    await tar.add(MANIFEST_ENTRY, manifestBytes.length, manifestBytes);
    await tar.add(DATABASE_ENTRY[source.handle.engine], snapshot.dump.size, snapshot.dump.open());
    await snapshot.dump.dispose();
    for (const { id, size } of snapshot.files) {
      // biome-ignore lint/style/noNonNullAssertion: files are listed only when there is a storage.
      const content = await storage!.get(id).catch((error: unknown) => {
        throw new BackupRefused(
          `Không đọc được tệp đã lưu ${id} (${error instanceof Error ? error.message : String(error)}): ` +
            'hãy kiểm tra nơi lưu tệp (LANTOA_FILES) rồi sao lưu lại. / A stored file could not be read.',
        );
      });
      await tar.add(`${FILES_PREFIX}${id}`, size, content);
    }
    const sums = Buffer.from(formatSums(tar.sums));
    await tar.add(SUMS_ENTRY, sums.length, sums);
    await tar.finish();
    await file.sync();
    await file.close();
    await rename(partial, path);
    return manifest;
  } catch (error) {
    await file.close().catch(() => {});
    await rm(partial, { force: true });
    await snapshot.dump.dispose();
    throw error;
  }
}

async function snapshotFacts(db: Kysely<Database>, listFiles: boolean) {
  const { rows: version } = await sql<{
    version: string;
  }>`select current_setting('server_version') as version`.execute(db);
  const { rows: migrations } = await sql<{
    name: string;
  }>`select name from kysely_migration order by name`.execute(db);
  const tables = await tableChecksums(db);
  const files = listFiles ? await db.selectFrom('files').select(['id', 'size']).orderBy('id').execute() : [];
  return {
    serverVersion: version[0]?.version ?? '',
    migrations: migrations.map((row) => row.name),
    tables,
    files,
  };
}

async function postgresSnapshot(
  source: BackupSource,
  dumpPath: string,
  listFiles: boolean,
): Promise<Snapshot> {
  if (!source.databaseUrl) throw new Error('a PostgreSQL backup needs the database URL');
  const { url, env } = connectionForPrograms(source.databaseUrl);
  const facts = await source.handle.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      // pg_dump reads the very snapshot counted here, for as long as this transaction stays open.
      const { rows } = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(trx);
      const facts = await snapshotFacts(trx, listFiles);
      const pgDump = findPostgresProgram('pg_dump', Number.parseInt(facts.serverVersion, 10));
      await runPostgresProgram(
        pgDump,
        [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          `--snapshot=${rows[0]?.id}`,
          `--file=${dumpPath}`,
          `--dbname=${url}`,
        ],
        env,
      );
      return facts;
    })
    .catch(async (error: unknown) => {
      await rm(dumpPath, { force: true });
      throw error;
    });
  return withDumpFile(facts, dumpPath);
}

async function pgliteSnapshot(
  handle: DatabaseHandle,
  dumpPath: string,
  listFiles: boolean,
): Promise<Snapshot> {
  const pglite = handle.pglite;
  if (!pglite) throw new Error('a PGlite backup needs the PGlite instance');
  // The one connection, held: nothing else runs between the count and the dump.
  const { facts, dump } = await handle.db.connection().execute(async (connection) => {
    // Dumped after a checkpoint, the copy's start replays little of the log.
    await sql`checkpoint`.execute(connection);
    await sql`begin transaction isolation level repeatable read read only`.execute(connection);
    const facts = await snapshotFacts(connection, listFiles).finally(() => sql`commit`.execute(connection));
    // Uncompressed, then gzipped below by Node's zlib, off the main thread and after the connection
    // is released: PGlite's own gzip took three times as long, all of it while the server waited.
    // Level 1: the log's and the tables' zeros and repeats still go, in half the time of level 6.
    return { facts, dump: await pglite.dumpDataDir('none') };
  });
  try {
    await pipeline(dump.stream(), createGzip({ level: 1 }), createWriteStream(dumpPath, { mode: 0o600 }));
  } catch (error) {
    await rm(dumpPath, { force: true });
    throw error;
  }
  return withDumpFile(facts, dumpPath);
}

/** The snapshot's facts with the dump written at `dumpPath`, read back in 1 MiB pieces. */
async function withDumpFile(facts: Omit<Snapshot, 'dump'>, dumpPath: string): Promise<Snapshot> {
  const { size } = await stat(dumpPath);
  return {
    ...facts,
    dump: {
      size,
      open: () => createReadStream(dumpPath, { highWaterMark: 1024 * 1024 }),
      dispose: () => rm(dumpPath, { force: true }),
    },
  };
}
