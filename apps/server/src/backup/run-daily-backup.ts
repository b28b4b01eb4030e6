import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BackupRefused } from './backup-refused.ts';
import { type BackupSource, createBackup } from './create-backup.ts';
import { dailyBackupName, pruneDailyBackups } from './prune-backups.ts';

export interface DailyBackupOutcome {
  /** The day's backup, or null when it was already there (a retried job). */
  created: string | null;
  /** Older backups deleted to keep `keep`. */
  deleted: string[];
}

/**
 * The day's backup into `dir` as `lantoa-<date>.backup` (written under a temporary name and renamed
 * when whole), then the oldest beyond `keep` deleted. Run again for a day already backed up, it only
 * prunes: a retried job does no harm.
 */
export async function runDailyBackup(
  source: BackupSource,
  options: { dir: string; keep: number; date: string },
): Promise<DailyBackupOutcome> {
  if (!Number.isInteger(options.keep) || options.keep < 1) {
    // Checked before anything is written or deleted: a mistyped value must not empty the folder.
    throw new BackupRefused(
      `LANTOA_BACKUP_KEEP phải là một số nguyên từ 1 trở lên (đang là ${options.keep}): hãy sửa rồi khởi động lại. ` +
        '/ LANTOA_BACKUP_KEEP must be a whole number of at least 1.',
    );
  }
  await mkdir(options.dir, { recursive: true });
  const path = join(options.dir, dailyBackupName(options.date));
  const created = existsSync(path) ? null : path;
  if (created) await createBackup(source, created);
  const deleted = await pruneDailyBackups(options.dir, options.keep, options.date);
  return { created, deleted };
}
