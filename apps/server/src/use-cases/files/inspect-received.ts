import { type InspectedAt, type InspectOptions, inspectFile, inspectFileAt } from '@lantoa/media';
import type { SpooledFile, UploadedFile } from './store-file.ts';
import { uploadError } from './upload-error.ts';

/** A received file as inspected, and the file to store: under its safe name and real media type. */
export interface ReceivedAndInspected {
  inspected: InspectedAt;
  storable: UploadedFile | SpooledFile;
}

/**
 * Inspects a received file (@lantoa/media; a refusal as the API answers it), whether its bytes are in
 * memory or still in the temporary file of an upload: audio and video are judged from their head and
 * stored from that file, never read whole; other kinds are parsed whole within their limit, and what
 * is stored is what was checked (an SVG's sanitised form).
 */
export async function inspectReceived(
  file: UploadedFile | SpooledFile,
  options: InspectOptions,
): Promise<ReceivedAndInspected> {
  if ('bytes' in file) {
    const { bytes, ...found } = await inspectFile(
      { name: file.name, bytes: file.bytes, declaredType: file.mediaType },
      options,
    ).catch(uploadError);
    return {
      inspected: { ...found, source: bytes },
      storable: { name: found.name, mediaType: found.mediaType, bytes },
    };
  }
  const inspected = await inspectFileAt(
    { name: file.name, path: file.path, size: file.size, declaredType: file.mediaType },
    options,
  ).catch(uploadError);
  const { name, mediaType, source } = inspected;
  // Audio and video stay in the received file (its size and hash as counted on arrival).
  const storable =
    source instanceof Uint8Array ? { name, mediaType, bytes: source } : { ...file, name, mediaType };
  return { inspected, storable };
}
