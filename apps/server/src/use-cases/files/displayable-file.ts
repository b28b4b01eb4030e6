import type { Database } from '@lantoa/db';
import { inlineImageType } from '@lantoa/media';
import type { Kysely } from 'kysely';
import type { FileStorage } from '../../files/storage.ts';
import { notFound } from '../../http/errors.ts';
import { readFileHead, type StoredFile, storedFileColumns } from './stored-file.ts';

/**
 * A stored file as a download route sends it (sendStoredFile): shown inline only when it is a raster
 * picture within the megapixel cap, judged from its header (the file's first MiB, never the whole of
 * it); a pixel bomb stored before the cap, or anything else, downloads instead of being decoded.
 */
export async function displayableFile<F extends StoredFile>(files: FileStorage, file: F) {
  return { ...file, imageType: await inlineImageType(await readFileHead(files, file)) };
}

/** The file a record points at (a photo, a screenshot), displayable; 404 naming `what` when it has none. */
export async function loadDisplayableFile(
  db: Kysely<Database>,
  files: FileStorage,
  fileId: string | null,
  what: string,
) {
  const file = fileId
    ? await db.selectFrom('files').select(storedFileColumns).where('id', '=', fileId).executeTakeFirst()
    : undefined;
  if (!file) throw notFound(what);
  return displayableFile(files, file);
}
