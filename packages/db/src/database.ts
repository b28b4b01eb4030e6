import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** The embedded database itself (PGlite only): its own dump of the data folder backs it up. */
  pglite?: PGlite;
  /** The server pool's connections (PostgreSQL only), for the metrics. */
  poolStats?: () => { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` for a throw-away one. */
  dataDir?: string | undefined;
  /** Pool size for a server. */
  maxConnections?: number;
}

// One convention on both engines: int8 and numeric as JavaScript numbers, `date` as 'YYYY-MM-DD'.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
pg.types.setTypeParser(INT8, (v) => Number(v));
pg.types.setTypeParser(NUMERIC, (v) => Number(v));
pg.types.setTypeParser(DATE, (v) => v);

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.maxConnections ?? 10 });
    // An idle client losing its connection (server restart, admin termination) must not crash the
    // process: the pool drops it and opens a new one on the next query.
    pool.on('error', (error) => console.error(`PostgreSQL idle client error: ${error.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'postgres',
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: () => db.destroy(),
    };
  }
  const dataDir = options.dataDir ?? './data/pglite';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  return (await openPGlite(dataDir)).handle;
}

/**
 * The embedded database in `dataDir` (`memory://` for a throw-away one), started from a dump of a
 * data directory when `loadDataDir` is given (test templates: about a second, where a new one's
 * `initdb` takes three to five), with the PGlite itself for those who dump it.
 */
export async function openPGlite(
  dataDir: string,
  options: { loadDataDir?: Blob } = {},
): Promise<{ handle: DatabaseHandle; pglite: PGlite }> {
  // The embedded database is one process's: a second one writing the same folder would corrupt it.
  const unlock = dataDir.startsWith('memory://') ? () => {} : lockDataFolder(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, {
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers: {
        [pgliteTypes.INT8]: (v: string) => Number(v),
        [pgliteTypes.NUMERIC]: (v: string) => Number(v),
        [pgliteTypes.DATE]: (v: string) => v,
      },
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  const close = async () => {
    try {
      await db.destroy();
      await pglite.close();
    } finally {
      unlock();
    }
  };
  return { handle: { db, engine: 'pglite', pglite, close }, pglite };
}

/** Applies pending migrations; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * The data folder is used by another live process: the embedded database serves one process, and a
 * second one writing the same files would corrupt them.
 */
export class DataFolderInUse extends Error {
  readonly dataDir: string;
  readonly pid: number;

  constructor(dataDir: string, pid: number) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được một tiến trình khác dùng (pid ${pid}). Cơ sở dữ liệu nhúng ` +
        'chỉ phục vụ một tiến trình: hãy dừng tiến trình kia trước (hoặc chờ nó dừng hẳn), hoặc dùng một máy ' +
        'chủ PostgreSQL (DATABASE_URL) để chạy nhiều tiến trình máy chủ. / The data folder is in use by ' +
        `another process (pid ${pid}). The embedded database serves one process: stop the other one ` +
        'first, or use a PostgreSQL server (DATABASE_URL) to run several server instances.',
    );
    this.name = 'DataFolderInUse';
    this.dataDir = dataDir;
    this.pid = pid;
  }
}

/** Data folders this process holds: a second open of one in the same process is refused too. */
const heldFolders = new Set<string>();

/**
 * Takes the data folder for this process: a lock file beside it (`<folder>.lock`, outside the folder
 * so that a dump of the folder never carries it) created atomically with this process's id
 * and start time. A lock left by a process that is gone (killed, or a reboot since) is taken over; the
 * start time tells a reused pid from its old owner. Returns the release, also run at exit.
 */
function lockDataFolder(dataDir: string): () => void {
  const file = `${dataDir.replace(/\/+$/, '')}.lock`;
  const mine = `${process.pid} ${processStart(process.pid) ?? ''}`.trim();
  if (heldFolders.has(file)) throw new DataFolderInUse(dataDir, process.pid);
  for (let attempt = 0; attempt < 5; attempt++) {
    // Written whole under a temporary name, then linked to the lock's name, which fails if it exists:
    // nobody ever reads a lock that is there but not yet written.
    const fresh = `${file}.${process.pid}.new`;
    writeFileSync(fresh, `${mine}\n`);
    try {
      linkSync(fresh, file);
      heldFolders.add(file);
      const release = () => {
        process.off('exit', release);
        if (!heldFolders.delete(file)) return;
        try {
          if (readFileSync(file, 'utf8').trim() === mine) unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(fresh);
    }
    const holder = readLock(file);
    if (holder && holderAlive(holder)) throw new DataFolderInUse(dataDir, holder.pid);
    takeOverStale(file, dataDir);
  }
  throw new Error(`Could not take the lock ${file}: it keeps changing hands.`);
}

/**
 * Moves a stale lock aside, atomically, and checks that what was moved is still the stale one: when
 * two processes take over the same stale lock, the later one may move the earlier one's fresh lock,
 * which it then puts back and refuses.
 */
function takeOverStale(file: string, dataDir: string): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readLock(aside);
  if (moved && holderAlive(moved)) {
    try {
      linkSync(aside, file);
    } catch {
      // A third process took the folder meanwhile: it is in use either way.
    }
    unlinkSync(aside);
    throw new DataFolderInUse(dataDir, moved.pid);
  }
  unlinkSync(aside);
}

function readLock(file: string): { pid: number; start: string | undefined } | null {
  try {
    const [pid, start] = readFileSync(file, 'utf8').trim().split(' ');
    return { pid: Number(pid), start };
  } catch {
    return null;
  }
}

/** The process is running, and is the one that wrote the lock (not a later process given its pid). */
function holderAlive(holder: { pid: number; start: string | undefined }): boolean {
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return false;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: alive, another user's.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStart(holder.pid);
  return !holder.start || !start || start === holder.start;
}

/** A process's start time in clock ticks since boot (Linux /proc), or undefined elsewhere. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), itself in parentheses; start time is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
