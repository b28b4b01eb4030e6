import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The daily backups' names: `lantoa-YYYY-MM-DD.backup`, the Vietnam day they were taken. */
export const dailyBackupName = (date: string): string => `lantoa-${date}.backup`;
const DAILY_BACKUP = /^lantoa-(\d{4}-\d{2}-\d{2})\.backup$/;
/** What a daily backup cut short by a crash leaves: its temporary file (createBackup), and its dump. */
const PARTIAL_DAILY_BACKUP = /^\.lantoa-(\d{4}-\d{2}-\d{2})\.backup\.partial-[0-9a-f]+(\.pgdump|\.tar\.gz)?$/;

/**
 * Keeps the `keep` newest daily backups of `dir` (a whole number, at least 1) and deletes the older ones, and the
 * temporary files of days before `today` that a crash left. Only files named as the daily backup
 * names them are touched: whatever else an operator keeps in the folder stays. Returns the names deleted.
 */
export async function pruneDailyBackups(dir: string, keep: number, today: string): Promise<string[]> {
  const names = await readdir(dir);
  const daily = names
    .map((name) => ({ name, date: DAILY_BACKUP.exec(name)?.[1] }))
    .filter((entry): entry is { name: string; date: string } => entry.date !== undefined)
    .sort((a, b) => b.date.localeCompare(a.date));
  const stale = names.filter((name) => {
    const date = PARTIAL_DAILY_BACKUP.exec(name)?.[1];
    return date !== undefined && date < today;
  });
  const deleted = [...daily.slice(Math.max(1, Math.floor(keep) || 1)).map((entry) => entry.name), ...stale];
  for (const name of deleted) await rm(join(dir, name), { force: true });
  return deleted;
}
