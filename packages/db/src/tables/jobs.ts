import type { Generated } from 'kysely';
import type { CreatedAt, Json, UpdatedAt } from './columns.ts';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: Json;
  status: Generated<JobStatus>;
  progress: Generated<number>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_after: Generated<Date>;
  locked_at: Date | null;
  error: string | null;
  /** A job queued once (enqueueJobOnce): its kind and payload; null for the others. Unique. */
  once_key: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface JobTables {
  jobs: JobsTable;
}
