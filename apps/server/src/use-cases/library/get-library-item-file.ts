import { inlineImageType } from '@lantoa/media';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { readFileHead, storedFileColumns } from '../files/stored-file.ts';
import { loadVisibleLibraryItem } from './load-visible-library-item.ts';

/** Media a browser shows (players, previews); anything else downloads, sandboxed. */
const INLINE = /^(image\/(png|jpeg|gif|webp)|audio\/|video\/)/;

/**
 * The file of a visible item: reading it changes nothing (downloads are counted by
 * `recordLibraryDownload`). `inline` says whether it may be shown in the browser when asked: media
 * only, and a picture only when it decodes within the megapixel cap (one stored before the cap
 * downloads instead of being decoded by the reader's browser).
 */
export async function getLibraryItemFile(
  ctx: Context,
  files: FileStorage,
  id: string,
  options: { inline: boolean; maxImagePixels: number },
) {
  const row = await loadVisibleLibraryItem(ctx, id);
  const file = await ctx.db
    .selectFrom('files')
    .select(storedFileColumns)
    .where('id', '=', row.file_id)
    .executeTakeFirstOrThrow();
  const inline =
    options.inline &&
    INLINE.test(file.mediaType) &&
    (!file.mediaType.startsWith('image/') ||
      (await inlineImageType(await readFileHead(files, file), options.maxImagePixels)) !== null);
  return { ...file, inline };
}
