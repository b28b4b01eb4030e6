import { readDocumentIsolated } from '../files/read-document-isolated.ts';

const TOO_COMPLEX =
  'Tài liệu quá lớn hoặc quá phức tạp để đọc tự động (vượt giới hạn thời gian hoặc bộ nhớ). Hãy gửi bản .docx hoặc .txt của văn bản.';

/**
 * A document's text (.docx, .pdf, .txt), read in a worker and not parsed as a plan, or the
 * reader's refusal in Vietnamese (`refused`); a fault of ours is thrown.
 */
export async function readDocumentText(
  bytes: Uint8Array,
  name: string,
): Promise<{ text: string; refused: null } | { text: null; refused: string }> {
  const { read, refused } = await readDocumentIsolated<{ text: string }>(
    'readText',
    { bytes, name },
    TOO_COMPLEX,
  );
  return read ? { text: read.text, refused: null } : { text: null, refused };
}
