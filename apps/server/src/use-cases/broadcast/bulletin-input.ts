import { unsafeFindBody } from '@lantoa/db';
import { type BulletinPriority, can, foldVietnamese } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';

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

/**
 * The columns of `bulletins` that the writer's fields fill, on creation and on change: title and
 * text in NFC without surrounding spaces, the folded search text, validity from `defaultValidFrom`
 * when not sent; 400 when it would end before it starts.
 */
export function bulletinColumns(
  input: Omit<BulletinInput, 'sourceItemId' | 'sourceBulletinId'>,
  defaultValidFrom: string,
) {
  const title = input.title.normalize('NFC').trim();
  const text = input.text.normalize('NFC').trim();
  const validFrom = input.validFrom ?? defaultValidFrom;
  const validUntil = input.validUntil ?? null;
  if (validUntil && validUntil < validFrom) {
    throw new AppError(
      'invalid_input',
      'Ngày kết thúc phải sau ngày bắt đầu phát. Hãy chọn lại.',
      'validUntil',
    );
  }
  return {
    title,
    text,
    priority: input.priority,
    target_body_id: input.targetBodyId,
    valid_from: validFrom,
    valid_until: validUntil,
    search_text: foldVietnamese(`${title} ${text}`),
  };
}

/** The target must be a body whose stations the actor broadcasts to (their own subtree). */
export async function loadBulletinTarget(ctx: Context, targetBodyId: string) {
  const target = await unsafeFindBody(ctx.db, targetBodyId);
  if (!target || !can(ctx.actor, 'broadcast', target.path)) {
    throw notFound('đơn vị nhận bản tin');
  }
  return target;
}
