import { scopePaths, vietnamDateOf } from '@lantoa/domain';
import { readPagePreview, WebReadError } from '@lantoa/web-reader';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';

/** A person waits for the preview while filling the form: a page that takes longer is given up. */
export const PREVIEW_TIMEOUT_MS = 8_000;

/**
 * POST /api/outputs/preview: what a pasted link's page says of itself (title, day, image, site), to
 * fill the output form. For a person who records outputs somewhere (`communicate`). A page that
 * cannot be read is not a failure of the request: the answer says why in `problem`, and the person
 * types the fields.
 */
export async function previewLink(ctx: Context, url: string, reading: { allowHosts: readonly string[] }) {
  if (scopePaths(ctx.actor, 'communicate').length === 0) {
    throw new AppError(
      'not_found',
      'Bạn không có quyền ghi sản phẩm truyền thông. Hãy liên hệ điều phối viên.',
    );
  }
  try {
    const page = await readPagePreview(url, {
      allowHosts: reading.allowHosts,
      timeoutMs: PREVIEW_TIMEOUT_MS,
    });
    return {
      // The page's address after redirects (a shortened link becomes the article's).
      url: page.url,
      title: page.title,
      publishedOn: page.publishedAt ? vietnamDateOf(page.publishedAt) : null,
      imageUrl: page.imageUrl,
      siteName: page.siteName,
      problem: null,
    };
  } catch (error) {
    if (!(error instanceof WebReadError)) throw error;
    return { url, title: null, publishedOn: null, imageUrl: null, siteName: null, problem: error.message };
  }
}
