// `lantoa restore FILE`: a backup of `lantoa backup` (or of the daily backup) into an empty database:
// the PostgreSQL database of DATABASE_URL, or the PGlite folder of LANTOA_DATA_DIR. Checked whole
// before anything is written, then every table compared with what the backup recorded.

import { BackupRefused } from '@lantoa/server/backup/backup-refused';
import { type RestoreTarget, restoreBackup } from '@lantoa/server/backup/restore-backup';
import { loadConfig } from '@lantoa/server/config';
import { createFileStorage } from '@lantoa/server/files/create-file-storage';

const USAGE =
  'Cách dùng / Usage: lantoa restore TỆP   (vào cơ sở dữ liệu trống của DATABASE_URL hoặc LANTOA_DATA_DIR)';

export async function run(args: string[]): Promise<number> {
  const [path, ...rest] = args;
  if (!path || path.startsWith('-') || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const target: RestoreTarget = config.databaseUrl
    ? { engine: 'postgres', databaseUrl: config.databaseUrl }
    : { engine: 'pglite', dataDir: config.dataDir };
  try {
    const report = await restoreBackup(path, target, {
      storageFor: (handle) => createFileStorage(config.fileStorage, handle),
    });
    const { manifest } = report;
    const rows = report.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `Đã khôi phục ${path} (sao lưu lúc ${manifest.createdAt}, Lan Tỏa ${manifest.appVersion}): ` +
        `${report.tables.length} bảng, ${rows} dòng; ${report.filesRestored} tệp đưa về nơi lưu ` +
        `${config.fileStorage.driver}. / Restored ${report.tables.length} tables, ${rows} rows, ` +
        `${report.filesRestored} files.`,
    );
    if (manifest.files.driver === 'database' && config.fileStorage.driver !== 'database') {
      console.log(
        'Các tệp của bản sao lưu nằm trong cơ sở dữ liệu, còn LANTOA_FILES chỉ nơi khác: hãy chạy ' +
          '`lantoa files migrate --to` nơi đó để chuyển chúng sang. / The files are in the database: ' +
          'run `lantoa files migrate --to` your LANTOA_FILES target.',
      );
    }
    if (report.differences.length > 0) {
      console.error(
        `Dữ liệu khôi phục KHÁC bản sao lưu ở ${report.differences.length} bảng: đừng dùng nó; hãy thử ` +
          'một bản sao lưu khác và báo cho người quản trị. / The restored data differs from the backup:\n' +
          report.differences.map((line) => `  ${line}`).join('\n'),
      );
      return 1;
    }
    console.log(
      'Mọi bảng khớp số dòng và mã kiểm tra với bản sao lưu. Khởi động máy chủ (lantoa serve) để dùng. ' +
        '/ Every table matches the backup’s row count and checksum.',
    );
    return 0;
  } catch (error) {
    if (!(error instanceof BackupRefused)) throw error;
    console.error(error.message);
    return 1;
  }
}
