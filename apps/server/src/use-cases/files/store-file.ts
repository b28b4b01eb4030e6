import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import type { FileStorage } from '../../files/storage.ts';

/** A file to store whose bytes are in memory: one made here (a thumbnail, a recording), or a checked upload. */
export interface UploadedFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** A file to store whose bytes wait in a temporary file (an upload as it was received), never read whole. */
export interface SpooledFile {
  name: string;
  mediaType: string;
  /** The temporary file; its owner removes it once the request is done. */
  path: string;
  size: number;
  sha256: string;
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Stores a file for a body; call inside the transaction that uses it. Its row is inserted in the
 * transaction and its bytes written to the storage before the transaction commits (streamed from the
 * temporary file of an upload): with the database driver they commit or roll back with the row; with
 * a folder or a bucket a transaction that rolls back afterwards leaves its bytes behind, unreferenced
 * (a stray object costs space, never a row without its bytes).
 */
export async function storeFile(
  trx: Kysely<Database>,
  files: FileStorage,
  bodyId: string,
  userId: string | null,
  file: UploadedFile | SpooledFile,
) {
  const inMemory = 'bytes' in file;
  const row = await trx
    .insertInto('files')
    .values({
      body_id: bodyId,
      name: file.name.normalize('NFC').slice(0, 255),
      media_type: file.mediaType,
      size: inMemory ? file.bytes.byteLength : file.size,
      sha256: inMemory ? sha256Of(file.bytes) : file.sha256,
      created_by: userId,
    })
    .returning(['id', 'name', 'size', 'media_type'])
    .executeTakeFirstOrThrow();
  const content = inMemory ? Readable.from([Buffer.from(file.bytes)]) : createReadStream(file.path);
  await files.within(trx).put(row.id, content);
  return row;
}

/**
 * Deletes the bytes of files whose rows are gone: call after the transaction that deleted them has
 * committed (a rolled-back deletion keeps its bytes). A failure is logged, not thrown: the record is
 * gone either way, and the stray bytes are only space. The database driver's chunks went with the rows.
 */
export async function deleteStoredBytes(files: FileStorage, fileIds: (string | null | undefined)[]) {
  for (const id of fileIds) {
    if (!id) continue;
    await files.delete(id).catch((error: unknown) => {
      console.error(`Could not delete the stored bytes of file ${id}: ${String(error)}`);
    });
  }
}
