import { buffer } from 'node:stream/consumers';
import type { FileStorage } from '../../files/storage.ts';

/** A stored file as use cases hand it to the routes that send it: its row, not its bytes. */
export interface StoredFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** The `files` columns of a {@link StoredFile}, for a select. */
export const storedFileColumns = [
  'files.id',
  'files.name',
  'files.media_type as mediaType',
  'files.size',
  'files.sha256',
] as const;

/** Enough of a picture for its header (dimensions) and of any file for its type. */
const HEAD_BYTES = 1024 * 1024;

/** The first MiB of a stored file (all of a smaller one). */
export async function readFileHead(files: FileStorage, file: Pick<StoredFile, 'id' | 'size'>) {
  if (file.size === 0) return new Uint8Array();
  return new Uint8Array(
    await buffer(await files.get(file.id, { start: 0, end: Math.min(file.size, HEAD_BYTES) - 1 })),
  );
}

/**
 * A stored file read whole into memory, for what needs all of it at once: a document's text (the
 * reader takes a buffer), a station pack's zip. Never for sending a file: routes stream it.
 */
export async function readWholeFile(files: FileStorage, fileId: string): Promise<Uint8Array> {
  return new Uint8Array(await buffer(await files.get(fileId)));
}
