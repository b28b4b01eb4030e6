import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { loadDisplayableFile } from '../files/displayable-file.ts';
import { loadVisibleCase } from './case-access.ts';

/**
 * A case's screenshot, to those who read the case (the handler's people among them, though the file
 * is kept under the province's body, which they do not read).
 */
export async function readMisinformationScreenshot(ctx: Context, files: FileStorage, id: string) {
  const row = await loadVisibleCase(ctx, id);
  return loadDisplayableFile(ctx.db, files, row.screenshot_file_id, 'ảnh chụp màn hình');
}
