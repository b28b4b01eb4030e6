import { IsolatedTaskError, IsolationLimitError, type IsolationLimits, runIsolated } from '@lantoa/media';
import type { ReadPlanInput } from '../../workers/read-plan.ts';

/**
 * The plan reader's worker, which reads any .docx/.pdf/.txt: a hostile document costs that worker,
 * not the event loop (its reading of the text as a plan is a few tens of milliseconds more).
 */
const READ_DOCUMENT = {
  module: new URL('../../workers/read-plan.ts', import.meta.url),
  exportName: 'readPlan',
};
const READ_DOCUMENT_LIMITS: IsolationLimits = { timeoutMs: 30_000, maxHeapMb: 256, maxRssGrowthMb: 384 };

const TOO_COMPLEX =
  'Tài liệu quá lớn hoặc quá phức tạp để đọc tự động (vượt giới hạn thời gian hoặc bộ nhớ). Hãy gửi bản .docx hoặc .txt của văn bản.';

/** The document's text, or the reader's refusal in Vietnamese (`refused`); a fault of ours is thrown. */
export async function readDocumentText(
  bytes: Uint8Array,
  name: string,
): Promise<{ text: string; refused: null } | { text: null; refused: string }> {
  try {
    const input: ReadPlanInput = { bytes, name };
    const read = await runIsolated<{ text: string }>(READ_DOCUMENT, input, READ_DOCUMENT_LIMITS);
    return { text: read.text, refused: null };
  } catch (error) {
    if (error instanceof IsolatedTaskError && error.remote.name === 'PlanReadError') {
      return { text: null, refused: error.remote.message };
    }
    if (error instanceof IsolationLimitError && error.reason !== 'crash')
      return { text: null, refused: TOO_COMPLEX };
    throw error;
  }
}
