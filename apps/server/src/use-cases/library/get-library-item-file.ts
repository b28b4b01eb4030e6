import { inlineImageType } from '@lantoa/media';
import type { Context } from '../../http/context.ts';
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
  id: string,
  options: { inline: boolean; maxImagePixels: number },
) {
  const row = await loadVisibleLibraryItem(ctx, id);
  const file = await ctx.db
    .selectFrom('files')
    .select(['name', 'media_type', 'content'])
    .where('id', '=', row.file_id)
    .executeTakeFirstOrThrow();
  const content = new Uint8Array(file.content);
  const inline =
    options.inline &&
    INLINE.test(file.media_type) &&
    (!file.media_type.startsWith('image/') ||
      (await inlineImageType(content, options.maxImagePixels)) !== null);
  return { name: file.name, mediaType: file.media_type, content, inline };
}
