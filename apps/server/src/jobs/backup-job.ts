import type { DatabaseHandle } from '@lantoa/db';
import { z } from 'zod';
import { runDailyBackup } from '../backup/run-daily-backup.ts';
import type { Config } from '../config.ts';
import { openedFileStorage } from '../files/create-file-storage.ts';
import type { JobDefinition } from './worker.ts';

/**
 * The day's backup into LANTOA_BACKUP_DIR (runDailyBackup: written whole then renamed, the oldest
 * beyond LANTOA_BACKUP_KEEP deleted). A retry finds the day's backup there and only prunes.
 */
export function backupJob(config: Config, handle: DatabaseHandle, dir: string): JobDefinition<'backup.run'> {
  return {
    kind: 'backup.run',
    parse: (payload) => z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).parse(payload),
    async handle(_db, { date }) {
      const storage = config.fileStorage.driver === 'database' ? null : openedFileStorage(handle.db);
      const outcome = await runDailyBackup(
        { handle, databaseUrl: config.databaseUrl, storage },
        { dir, keep: config.backup.keep, date },
      );
      if (outcome.created) console.log(`daily backup written: ${outcome.created}`);
      if (outcome.deleted.length > 0) console.log(`old backups deleted: ${outcome.deleted.join(', ')}`);
    },
  };
}
