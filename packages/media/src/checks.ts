// The content checks that parse a whole file (PDF objects, every part of an office archive, an SVG
// document): run by inspect.ts inside a worker (runIsolated), never on the event loop. Each checker
// is imported only when its format comes, so a worker loads pdf-lib or jsdom only when it needs it.
import type { UploadLimits } from './limits.ts';
import type { ZipFormat } from './office.ts';

export interface ContentCheck {
  /** Canonical extension of the detected format. */
  format: string;
  bytes: Uint8Array;
  limits: Required<UploadLimits>;
}

const ZIP_FORMATS: readonly string[] = ['docx', 'xlsx', 'pptx', 'odt', 'ods'];

/** Throws UploadRejectedError for a hostile or damaged file; returns the bytes to keep (SVG: sanitised). */
export async function checkContent(input: ContentCheck): Promise<Uint8Array | null> {
  if (input.format === 'pdf') {
    const { checkPdfStructure } = await import('./pdf.ts');
    await checkPdfStructure(input.bytes);
  } else if (ZIP_FORMATS.includes(input.format)) {
    const { checkOfficeArchive } = await import('./office.ts');
    checkOfficeArchive(input.bytes, input.format as ZipFormat, input.limits);
  } else if (input.format === 'svg') {
    const { sanitizeSvg } = await import('./svg.ts');
    return sanitizeSvg(input.bytes).bytes;
  }
  return null;
}
