import type { Database } from '@lantoa/db';
import { inlineImageType } from '@lantoa/media';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors.ts';

/**
 * A stored file as a download route sends it (sendStoredFile): shown inline only when it is a raster
 * picture within the megapixel cap, judged from its header; a pixel bomb stored before the cap, or
 * anything else, downloads instead of being decoded.
 */
export async function displayableFile<F extends { name: string; content: Uint8Array }>(file: F) {
  const content = new Uint8Array(file.content);
  return { ...file, content, imageType: await inlineImageType(content) };
}

/** The file a record points at (a photo, a screenshot), displayable; 404 naming `what` when it has none. */
export async function loadDisplayableFile(db: Kysely<Database>, fileId: string | null, what: string) {
  const file = fileId
    ? await db.selectFrom('files').select(['name', 'content']).where('id', '=', fileId).executeTakeFirst()
    : undefined;
  if (!file) throw notFound(what);
  return displayableFile(file);
}
