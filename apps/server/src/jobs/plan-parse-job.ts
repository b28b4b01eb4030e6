import { z } from 'zod';
import { openedFileStorage } from '../files/create-file-storage.ts';
import { giveUpPlanImport, readPlanImport } from '../use-cases/plans/read-plan-import.ts';
import type { JobDefinition } from './worker.ts';

/** Reads an uploaded plan into a draft extraction (readPlanImport); retries exhausted, the import fails. */
export const planParseJob: JobDefinition<'plan.parse'> = {
  kind: 'plan.parse',
  parse: (payload) => z.object({ importId: z.uuid() }).parse(payload),
  handle: (db, { importId }) => readPlanImport(db, openedFileStorage(db), importId),
  onFinalFailure: (db, { importId }) => giveUpPlanImport(db, importId),
};
