import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Engine } from '@lantoa/db';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  backupManifest,
  DATABASE_ENTRY,
  FILES_PREFIX,
  MANIFEST_ENTRY,
  parseSums,
  SUMS_ENTRY,
} from './backup-format.ts';
import { BackupRefused } from './backup-refused.ts';
import { BrokenArchive, readTar, type TarEntry } from './tar-reader.ts';

const ENGINE_NAMES: Record<Engine, string> = { postgres: 'PostgreSQL', pglite: 'PGlite' };

/** The largest manifest read (its table list is a few kilobytes). */
const LARGEST_MANIFEST_BYTES = 4 * 1024 * 1024;

export interface CheckedBackup {
  manifest: BackupManifest;
  /** The keys of the files/<key> entries. */
  fileKeys: string[];
}

/**
 * Reads a whole backup before anything is restored from it: the manifest first (format, version,
 * engine), then every entry against its sha-256 in SHA256SUMS, the archive's last entry. The
 * database's dump is copied to `dumpPath` on the way (the restore reads it from there). A damaged,
 * truncated or foreign file, or a backup of the other engine, is refused with what to do.
 */
export async function checkBackupArchive(
  path: string,
  targetEngine: Engine,
  dumpPath: string,
): Promise<CheckedBackup> {
  try {
    return await readAndCheck(path, targetEngine, dumpPath);
  } catch (error) {
    if (error instanceof BrokenArchive) throw brokenBackup(path, error.message);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BackupRefused(`Không thấy tệp ${path}: hãy kiểm tra đường dẫn. / ${path} not found.`);
    }
    throw error;
  }
}

const brokenBackup = (path: string, detail: string) =>
  new BackupRefused(
    `Tệp ${path} không phải là một bản sao lưu nguyên vẹn của Lan Tỏa (${detail}): không khôi phục gì. ` +
      'Hãy dùng một bản sao lưu khác (ví dụ bản của ngày trước trong LANTOA_BACKUP_DIR). ' +
      `/ ${path} is not a whole Lan Tỏa backup (${detail}); nothing was restored.`,
  );

async function readAndCheck(path: string, targetEngine: Engine, dumpPath: string): Promise<CheckedBackup> {
  const entries = readTar(createReadStream(path, { highWaterMark: 1024 * 1024 }));
  const first = await entries.next();
  if (first.done || first.value.name !== MANIFEST_ENTRY) throw brokenBackup(path, 'no manifest.json first');
  const actual = new Map<string, string>();
  const manifestBytes = await readWhole(first.value, LARGEST_MANIFEST_BYTES);
  actual.set(MANIFEST_ENTRY, sha256(manifestBytes));
  const manifest = parseManifest(path, manifestBytes);
  if (manifest.engine !== targetEngine) {
    throw new BackupRefused(
      `Bản sao lưu ${path} là của ${ENGINE_NAMES[manifest.engine]}, còn nơi khôi phục là ${ENGINE_NAMES[targetEngine]}: ` +
        `hãy khôi phục vào ${ENGINE_NAMES[manifest.engine]} ` +
        (manifest.engine === 'postgres'
          ? '(đặt DATABASE_URL trỏ tới một cơ sở dữ liệu trống). '
          : '(bỏ DATABASE_URL, đặt LANTOA_DATA_DIR tới một thư mục trống). ') +
        `/ A ${manifest.engine} backup cannot be restored into ${targetEngine}.`,
    );
  }
  const databaseEntry = DATABASE_ENTRY[manifest.engine];
  const fileKeys: string[] = [];
  let sums: Map<string, string> | null = null;
  for await (const entry of entries) {
    if (sums) throw brokenBackup(path, `${entry.name} after ${SUMS_ENTRY}`);
    if (entry.name === SUMS_ENTRY) {
      sums = parseSums((await readWhole(entry, LARGEST_MANIFEST_BYTES + entry.size)).toString('utf8'));
    } else if (entry.name === databaseEntry) {
      actual.set(entry.name, await copyHashing(entry, dumpPath));
    } else if (entry.name.startsWith(FILES_PREFIX)) {
      fileKeys.push(entry.name.slice(FILES_PREFIX.length));
      actual.set(entry.name, await hashOf(entry));
    } else {
      throw brokenBackup(path, `unexpected entry ${entry.name}`);
    }
  }
  if (!sums) throw brokenBackup(path, `no ${SUMS_ENTRY}: the archive was cut short`);
  if (!actual.has(databaseEntry)) throw brokenBackup(path, `no ${databaseEntry}`);
  if (fileKeys.length !== manifest.files.count) {
    throw brokenBackup(path, `${fileKeys.length} files where the manifest lists ${manifest.files.count}`);
  }
  for (const [name, sum] of actual) {
    if (sums.get(name) !== sum) throw brokenBackup(path, `${name} is damaged (sha-256 differs)`);
  }
  if (sums.size !== actual.size) throw brokenBackup(path, `${SUMS_ENTRY} lists entries that are missing`);
  return { manifest, fileKeys };
}

function parseManifest(path: string, bytes: Buffer): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw brokenBackup(path, 'manifest.json is not JSON');
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== BACKUP_FORMAT) throw brokenBackup(path, 'not a Lan Tỏa backup');
  if (typeof format.formatVersion === 'number' && format.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupRefused(
      `Bản sao lưu ${path} có định dạng ${format.formatVersion}, mới hơn định dạng mà phiên bản Lan Tỏa này đọc được ` +
        `(${BACKUP_FORMAT_VERSION}): hãy cập nhật Lan Tỏa rồi khôi phục. / Backup format too new: update Lan Tỏa.`,
    );
  }
  const parsed = backupManifest.safeParse(json);
  if (!parsed.success) throw brokenBackup(path, 'manifest.json is incomplete');
  return parsed.data;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function readWhole(entry: TarEntry, largest: number): Promise<Buffer> {
  if (entry.size > largest) throw new BrokenArchive(`${entry.name} is too large`);
  const chunks: Buffer[] = [];
  for await (const chunk of entry.content) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function hashOf(entry: TarEntry): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of entry.content) hash.update(chunk);
  return hash.digest('hex');
}

async function copyHashing(entry: TarEntry, target: string): Promise<string> {
  const hash = createHash('sha256');
  const file = await open(target, 'w');
  try {
    for await (const chunk of entry.content) {
      hash.update(chunk);
      await file.write(chunk);
    }
  } finally {
    await file.close();
  }
  return hash.digest('hex');
}
