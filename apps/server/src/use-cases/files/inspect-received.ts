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
  const inspected: InspectedAt = await ('bytes' in file
    ? inspectFile({ name: file.name, bytes: file.bytes, declaredType: file.mediaType }, options).then(
        ({ bytes, ...found }) => ({ ...found, source: bytes }),
      )
    : inspectFileAt(
        { name: file.name, path: file.path, size: file.size, declaredType: file.mediaType },
        options,
      )
  ).catch(uploadError);
  const { name, mediaType, source } = inspected;
  const storable =
    source instanceof Uint8Array
      ? { name, mediaType, bytes: source }
      : {
          name,
          mediaType,
          path: source.path,
          size: (file as SpooledFile).size,
          sha256: (file as SpooledFile).sha256,
        };
  return { inspected, storable };
}
