import { createHash } from 'node:crypto';
import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

export interface UploadedFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** Stores an upload for a body; call inside the transaction that uses it. */
export async function storeFile(
  trx: Kysely<Database>,
  bodyId: string,
  userId: string | null,
  file: UploadedFile,
) {
  const row = await trx
    .insertInto('files')
    .values({
      body_id: bodyId,
      name: file.name.normalize('NFC').slice(0, 255),
      media_type: file.mediaType,
      size: file.bytes.byteLength,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      content: file.bytes,
      created_by: userId,
    })
    .returning(['id', 'name', 'size', 'media_type'])
    .executeTakeFirstOrThrow();
  return row;
}
