import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { loadDisplayableFile } from '../files/displayable-file.ts';
import { loadVisibleFeedback } from './feedback-access.ts';

/**
 * An item's photo, to those who read the item (the handler's people among them, though the file is
 * kept under the site's body); never on a public page.
 */
export async function readFeedbackPhoto(ctx: Context, files: FileStorage, id: string) {
  const row = await loadVisibleFeedback(ctx, id);
  return loadDisplayableFile(ctx.db, files, row.photo_file_id, 'ảnh');
}
