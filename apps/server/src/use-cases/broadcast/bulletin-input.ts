import { unsafeFindBody } from '@lantoa/db';
import { type BulletinPriority, can, foldVietnamese } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';

/** The folded text the bulletins' search box looks in. */
export const bulletinSearchText = (title: string, text: string) => foldVietnamese(`${title} ${text}`);

/** What a bulletin's writer sends, on creation and (in part) on change. */
export interface BulletinInput {
  title: string;
  text: string;
  priority: BulletinPriority;
  targetBodyId: string;
  validFrom?: string | undefined;
  validUntil?: string | null | undefined;
  sourceItemId?: string | null | undefined;
  sourceBulletinId?: string | null | undefined;
}

/** Title and text as stored: NFC, without surrounding spaces. */
export const cleanBulletinText = (input: Pick<BulletinInput, 'title' | 'text'>) => ({
  title: input.title.normalize('NFC').trim(),
  text: input.text.normalize('NFC').trim(),
});

/** The target must be a body whose stations the actor broadcasts to (their own subtree). */
export async function loadBulletinTarget(ctx: Context, targetBodyId: string) {
  const target = await unsafeFindBody(ctx.db, targetBodyId);
  if (!target || !can(ctx.actor, 'broadcast', target.path)) {
    throw notFound('đơn vị nhận bản tin');
  }
  return target;
}

export function checkBulletinDates(validFrom: string, validUntil: string | null) {
  if (validUntil && validUntil < validFrom) {
    throw new AppError(
      'invalid_input',
      'Ngày kết thúc phải sau ngày bắt đầu phát. Hãy chọn lại.',
      'validUntil',
    );
  }
}
