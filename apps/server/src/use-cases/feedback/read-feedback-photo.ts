import { inlineImageType } from '@lantoa/media';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadVisibleFeedback } from './feedback-access.ts';

/**
 * An item's photo, to those who read the item (the handler's people among them, though the file is
 * kept under the site's body); never on a public page.
 */
export async function readFeedbackPhoto(ctx: Context, id: string) {
  const row = await loadVisibleFeedback(ctx, id);
  const file = row.photo_file_id
    ? await ctx.db
        .selectFrom('files')
        .select(['name', 'content'])
        .where('id', '=', row.photo_file_id)
        .executeTakeFirst()
    : undefined;
  if (!file) throw notFound('ảnh');
  const content = new Uint8Array(file.content);
  return { name: file.name, content, imageType: await inlineImageType(content) };
}
