// @lantoa/plan-parser: reads a plan document (.txt, .docx, .pdf) and extracts its structure.
import { readFile, stat } from 'node:fs/promises';
import { readErrors } from './errors.ts';
import { parsePlanText } from './parse/index.ts';
import { DEFAULT_MAX_BYTES, type ReadOptions, readPlanDocument } from './readers/index.ts';
import type { PlanExtract } from './types.ts';

export { PlanReadError, type PlanReadErrorCode } from './errors.ts';
export { splitBodies } from './parse/bodies.ts';
export { parsePlanText } from './parse/index.ts';
export { parseTimeframe, withTimeframesRead } from './parse/timeframe.ts';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type DocumentFormat,
  detectFormat,
  MAX_TEXT_CHARS,
  MAX_XML_BYTES,
  type PlanDocument,
  type ReadOptions,
  readPlanDocument,
} from './readers/index.ts';
export type * from './types.ts';

/** Reads and parses a plan from a path or from bytes. */
export async function parsePlanFile(
  input: string | Uint8Array,
  options: ReadOptions & { fileName?: string } = {},
): Promise<PlanExtract> {
  let bytes: Uint8Array;
  let name = options.fileName;
  if (typeof input === 'string') {
    name ??= input;
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    // Refuse a large file from its size, before reading it into memory.
    const info = await stat(input).catch(() => null);
    if (!info?.isFile()) throw readErrors.notFound(input);
    if (info.size > max) throw readErrors.tooLarge(info.size, max);
    bytes = await readFile(input);
  } else bytes = input;
  const doc = await readPlanDocument(bytes, name, options);
  return parsePlanText(doc.text);
}
