import { unsafeFindBody } from '@lantoa/db';
import { can, type MisinformationPlace } from '@lantoa/domain';
import type { UploadLimits } from '@lantoa/media';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { UploadedFile } from '../files/store-file.ts';
import { provinceOfPath } from './case-site.ts';
import { checkScreenshot, insertCase, requireLinkOrScreenshot } from './insert-case.ts';

export interface StaffReport {
  link?: string | undefined;
  seenWhere: MisinformationPlace;
  description: string;
  screenshot?: UploadedFile | undefined;
}

/**
 * Any body's staff report a post or article they saw (a commune's officer, a department, the press):
 * the case goes to the province the body lies in, whose people assign it to the culture department.
 */
export async function reportMisinformation(
  ctx: Context,
  files: FileStorage,
  input: StaffReport,
  limits: Partial<UploadLimits>,
) {
  const body = await unsafeFindBody(ctx.db, ctx.actor.bodyId);
  if (!body || !can(ctx.actor, 'readBody', body.path)) throw notFound('đơn vị của bạn');
  const site = await provinceOfPath(ctx.db, body.path);
  if (!site) {
    throw new AppError(
      'invalid_input',
      'Tin sai sự thật được báo cho một tỉnh, thành phố: tài khoản của bạn không thuộc tỉnh nào. Hãy báo từ tài khoản của một đơn vị thuộc tỉnh.',
    );
  }
  const link = input.link ?? '';
  const screenshot = await checkScreenshot(input.screenshot, limits);
  requireLinkOrScreenshot(link, screenshot);
  const row = await ctx.db.transaction().execute((trx) =>
    insertCase(trx, files, {
      siteId: site.id,
      reporter: { bodyId: body.id, userId: ctx.actor.userId },
      report: { link, seenWhere: input.seenWhere, description: input.description },
      screenshot,
    }),
  );
  return { id: row.id, code: row.code };
}
