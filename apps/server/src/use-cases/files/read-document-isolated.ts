import { IsolatedTaskError, IsolationLimitError, type IsolationLimits, runIsolated } from '@lantoa/media';
import type { ReadPlanInput } from '../../workers/read-plan.ts';

/**
 * Documents (.docx, .pdf, .txt) are read in a worker thread: a hostile document costs that worker,
 * not the event loop. A plan of a hundred pages reads in about a second and a few tens of MB.
 */
const READ_DOCUMENT_LIMITS: IsolationLimits = { timeoutMs: 30_000, maxHeapMb: 256, maxRssGrowthMb: 384 };

const WORKER = new URL('../../workers/read-plan.ts', import.meta.url);

/** What the worker does with the document: read and parse it as a plan, or only read its text. */
type ReadTask = 'readPlan' | 'readText';

/**
 * Runs a reading task of workers/read-plan.ts on a document: its result, or why it was refused in
 * Vietnamese — the reader's own refusal (its message says what to do), or `tooComplex` when the
 * worker stopped at a time or memory limit. Anything else is a fault of ours, thrown.
 */
export async function readDocumentIsolated<T>(
  task: ReadTask,
  input: ReadPlanInput,
  tooComplex: string,
): Promise<{ read: T; refused: null } | { read: null; refused: string }> {
  try {
    const read = await runIsolated<T>({ module: WORKER, exportName: task }, input, READ_DOCUMENT_LIMITS);
    return { read, refused: null };
  } catch (error) {
    if (error instanceof IsolatedTaskError && error.remote.name === 'PlanReadError')
      return { read: null, refused: error.remote.message };
    if (error instanceof IsolationLimitError && error.reason !== 'crash')
      return { read: null, refused: tooComplex };
    throw error;
  }
}
