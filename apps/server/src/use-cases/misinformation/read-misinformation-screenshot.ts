import { inlineImageType } from '@lantoa/media';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadVisibleCase } from './case-access.ts';

/**
 * A case's screenshot, to those who read the case (the handler's people among them, though the file
 * is kept under the province's body, which they do not read).
 */
export async function readMisinformationScreenshot(ctx: Context, id: string) {
  const row = await loadVisibleCase(ctx, id);
  const file = row.screenshot_file_id
    ? await ctx.db
        .selectFrom('files')
        .select(['name', 'content'])
        .where('id', '=', row.screenshot_file_id)
        .executeTakeFirst()
    : undefined;
  if (!file) throw notFound('ảnh chụp màn hình');
  const content = new Uint8Array(file.content);
  return { name: file.name, content, imageType: await inlineImageType(content) };
}
