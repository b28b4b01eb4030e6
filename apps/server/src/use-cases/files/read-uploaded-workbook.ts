import {
  IsolatedTaskError,
  IsolationLimitError,
  type IsolationLimits,
  inspectFile,
  runIsolated,
  UploadRejectedError,
  WORKBOOK_FORMATS,
} from '@lantoa/media';
import { AppError } from '../../http/errors.ts';
import type { ReadWorkbookInput, WorkbookRows } from '../../workers/read-workbook.ts';
import { uploadError } from './upload-error.ts';

export type { PlainCell, WorkbookRows } from '../../workers/read-workbook.ts';

const MB = 1024 * 1024;
/** The largest template accepted: the upload is read within it, and the archive checked against it. */
export const MAX_WORKBOOK_BYTES = 10 * MB;
const READ_WORKBOOK = {
  module: new URL('../../workers/read-workbook.ts', import.meta.url),
  exportName: 'readWorkbook',
};
/** ExcelJS needs about 40 MB of heap for a 5,000-question bank; the caps leave room, not a gigabyte. */
const WORKBOOK_LIMITS: IsolationLimits = { timeoutMs: 30_000, maxHeapMb: 256, maxRssGrowthMb: 384 };

/**
 * An uploaded Excel template, read safely: @lantoa/media first checks the archive (what it really
 * inflates to, within 64 MB, and its rows, counted while inflating), then ExcelJS reads it in a worker
 * with time and memory caps. Refusals are the API's errors (400, 413, 415) in Vietnamese.
 */
export async function readUploadedWorkbook(
  bytes: Uint8Array,
  options: {
    sheetName?: string;
    columns: number;
    maxRows: number;
    /** The uploaded file's name: anything but .xlsx is refused before it is opened. */
    name?: string;
  },
): Promise<WorkbookRows> {
  if (options.name !== undefined && !/\.xlsx$/i.test(options.name)) {
    throw new AppError('invalid_input', 'Hãy tải lên tệp Excel .xlsx theo mẫu.', 'file');
  }
  await inspectFile(
    { name: 'mau.xlsx', bytes },
    {
      accept: WORKBOOK_FORMATS,
      limits: {
        maxDocumentBytes: MAX_WORKBOOK_BYTES,
        maxZipUncompressedBytes: 64 * MB,
        maxZipPartBytes: 48 * MB,
        maxSheetRows: options.maxRows,
      },
    },
  ).catch((error: unknown) => {
    // Too large stays 413; anything else is "not our template", said with what was found.
    if (error instanceof UploadRejectedError && error.code !== 'too_large')
      throw new AppError('invalid_input', `Không đọc được tệp Excel. ${error.message}`, 'file');
    return uploadError(error);
  });
  const input: ReadWorkbookInput = {
    bytes,
    columns: options.columns,
    ...(options.sheetName ? { sheetName: options.sheetName } : {}),
  };
  try {
    const read = await runIsolated<WorkbookRows | null>(READ_WORKBOOK, input, WORKBOOK_LIMITS);
    if (!read)
      throw new AppError('invalid_input', 'Tệp Excel không có trang tính nào. Hãy dùng đúng mẫu.', 'file');
    return read;
  } catch (error) {
    if (error instanceof IsolationLimitError && error.reason !== 'crash')
      throw new AppError(
        'payload_too_large',
        'Tệp Excel quá lớn hoặc quá phức tạp để đọc (vượt giới hạn thời gian hoặc bộ nhớ). Hãy xóa các dòng, trang tính và định dạng thừa rồi tải lên lại.',
        'file',
      );
    if (error instanceof IsolatedTaskError || error instanceof IsolationLimitError)
      throw new AppError(
        'invalid_input',
        'Không đọc được tệp Excel. Hãy dùng đúng mẫu đã tải về (.xlsx).',
        'file',
      );
    throw error;
  }
}
