import { can, canApproveLibraryItem } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound, staleVersion } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { getLibraryItem } from './get-library-item.ts';
import { loadVisibleLibraryItem } from './load-visible-library-item.ts';

/** A coordinator over the author's body approves (then the shared subtree sees it) or rejects. */
export async function reviewLibraryItem(
  ctx: Context,
  id: string,
  input: { decision: 'approve' | 'reject'; comment?: string | undefined; version?: number | undefined },
) {
  const row = await loadVisibleLibraryItem(ctx, id);
  if (!can(ctx.actor, 'reviewLibrary', row.body_path)) throw notFound('tài liệu');
  if (
    input.decision === 'approve' &&
    !canApproveLibraryItem(ctx.actor, { authorPath: row.body_path, sharePath: row.share_path })
  ) {
    throw new AppError(
      'conflict',
      `Tài liệu được đề nghị chia sẻ tới «${row.share_name}», rộng hơn phạm vi bạn được duyệt. Hãy không duyệt để đơn vị thu hẹp phạm vi chia sẻ, hoặc đề nghị điều phối viên phụ trách «${row.share_name}» duyệt.`,
    );
  }
  // The decision is about the item as the reviewer saw it (`version`, else as loaded now): an edit
  // made in between must be seen first.
  if (input.version !== undefined && input.version !== row.version) throw staleVersion('Tài liệu');
  const comment = input.comment?.normalize('NFC').trim() || null;
  if (input.decision === 'reject' && !comment) {
    throw new AppError('invalid_input', 'Hãy ghi lý do không duyệt để đơn vị biết cần sửa gì.', 'comment');
  }
  const status = input.decision === 'approve' ? 'approved' : 'rejected';
  await updateVersioned(ctx.db, {
    table: 'library_items',
    id,
    version: row.version,
    what: 'Tài liệu',
    set: { status, review_comment: comment, reviewed_by: ctx.actor.userId, reviewed_at: new Date() },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: row.body_id,
      action: `library.${input.decision}`,
      entityType: 'library_item',
      before: { status: row.status },
      after: { status, comment },
    }),
  });
  return getLibraryItem(ctx, id);
}
