import { planParseJob } from './plan-parse-job.ts';
import type { JobDefinition } from './worker.ts';

/** Every job kind the worker runs. */
export const jobDefinitions = [planParseJob] as JobDefinition<unknown>[];
