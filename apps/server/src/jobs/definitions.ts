import { createSpeechEngine } from '@lantoa/speech';
import type { Config } from '../config.ts';
import { bulletinSpeechJob } from './bulletin-speech-job.ts';
import { feedsJob } from './feeds-job.ts';
import { planParseJob } from './plan-parse-job.ts';
import { remindersJob } from './reminders-job.ts';
import type { AnyJobDefinition } from './worker.ts';

/** Every job kind the worker runs. */
export const jobDefinitions = (config: Config): AnyJobDefinition[] => [
  planParseJob,
  remindersJob(config),
  bulletinSpeechJob(createSpeechEngine(config.speech)),
  feedsJob(config),
];
