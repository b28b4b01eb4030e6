// `lantoa backup FILE`: the database (PostgreSQL through pg_dump, PGlite through its own dump) and the
// stored files outside it, into one archive (apps/server/src/backup/backup-format.ts).
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type DatabaseHandle, DataFolderInUse, openDatabase } from '@lantoa/db';
import { BackupRefused } from '@lantoa/server/backup/backup-refused';
import { createBackup } from '@lantoa/server/backup/create-backup';
import { loadConfig } from '@lantoa/server/config';
import { createFileStorage } from '@lantoa/server/files/create-file-storage';

const USAGE =
  'Cách dùng / Usage: lantoa backup TỆP   (ví dụ: lantoa backup /srv/sao-luu/lantoa-2026-05-01.backup)';

export async function run(args: string[]): Promise<number> {
  const [path, ...rest] = args;
  if (!path || path.startsWith('-') || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  if (existsSync(path)) {
    console.error(`Tệp ${path} đã có: hãy chọn tên khác hoặc xoá tệp cũ. / ${path} already exists.`);
    return 1;
  }
  if (!existsSync(dirname(resolve(path)))) {
    console.error(`Không có thư mục ${dirname(resolve(path))}: hãy tạo nó trước. / No such folder.`);
    return 1;
  }
  const config = loadConfig();
  if (!config.databaseUrl && !existsSync(config.dataDir)) {
    console.error(
      `Không thấy dữ liệu ở ${config.dataDir}: hãy đặt LANTOA_DATA_DIR (thư mục dữ liệu của máy chủ) ` +
        'hoặc DATABASE_URL. / No data found: set LANTOA_DATA_DIR or DATABASE_URL.',
    );
    return 1;
  }
  let handle: DatabaseHandle;
  try {
    // Not migrated: a backup takes the database as it is.
    handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (!(error instanceof DataFolderInUse)) throw error;
    console.error(
      `${error.message}\nMáy chủ đang chạy trên thư mục này: hãy dừng máy chủ rồi chạy lại lệnh, hoặc dựa vào ` +
        'bản sao lưu hằng ngày mà máy chủ tự ghi (đặt LANTOA_BACKUP_DIR, giữ LANTOA_BACKUP_KEEP bản). ' +
        '/ The server holds this folder: stop it first, or rely on its daily backup (LANTOA_BACKUP_DIR).',
    );
    return 1;
  }
  try {
    const storage =
      config.fileStorage.driver === 'database' ? null : createFileStorage(config.fileStorage, handle);
    const manifest = await createBackup({ handle, databaseUrl: config.databaseUrl, storage }, path);
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    const megabytes = (statSync(path).size / 1e6).toFixed(1);
    console.log(
      `Đã sao lưu ${handle.engine === 'postgres' ? 'PostgreSQL' : 'PGlite'} vào ${path} (${megabytes} MB): ` +
        `${manifest.tables.length} bảng, ${rows} dòng, ${manifest.files.count} tệp lưu ngoài cơ sở dữ liệu. ` +
        `Khôi phục bằng: lantoa restore ${path}\n` +
        `/ Backed up to ${path}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.files.count} files.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof BackupRefused)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await handle.close();
  }
}
