import type { DatabaseHandle } from '@lantoa/db';
import { createSpeechEngine } from '@lantoa/speech';
import type { Config } from '../config.ts';
import { backupJob } from './backup-job.ts';
import { bulletinSpeechJob } from './bulletin-speech-job.ts';
import { feedsJob } from './feeds-job.ts';
import { planParseJob } from './plan-parse-job.ts';
import { remindersJob } from './reminders-job.ts';
import type { AnyJobDefinition } from './worker.ts';

/**
 * Every job kind the worker runs. The daily backup only where LANTOA_BACKUP_DIR is set (and the
 * database handle given, which it dumps): an instance without the folder never claims the job, so
 * among several instances the one that has it backs up.
 */
export const jobDefinitions = (config: Config, handle?: DatabaseHandle): AnyJobDefinition[] => [
  planParseJob,
  remindersJob(config),
  bulletinSpeechJob(createSpeechEngine(config.speech)),
  feedsJob(config),
  ...(handle && config.backup.dir ? [backupJob(config, handle, config.backup.dir)] : []),
];
