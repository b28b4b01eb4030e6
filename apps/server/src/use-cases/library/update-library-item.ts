import { can, isWithin } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound, staleVersion } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { getLibraryItem } from './get-library-item.ts';
import {
  cleanLibraryMetadata,
  type LibraryMetadata,
  libraryMetadataColumns,
  loadShareBody,
} from './library-metadata.ts';
import { loadVisibleLibraryItem } from './load-visible-library-item.ts';

/**
 * Changes the metadata sent (optimistic on `version`). An approved or rejected item whose content
 * changes or whose audience widens goes back to review.
 */
export async function updateLibraryItem(
  ctx: Context,
  id: string,
  change: Partial<LibraryMetadata> & { version: number },
) {
  const row = await loadVisibleLibraryItem(ctx, id);
  if (!can(ctx.actor, 'contributeLibrary', row.body_path)) throw notFound('tài liệu');
  // The row just read must be the one changed: whether it goes back to review is decided from it.
  if (row.version !== change.version) throw staleVersion('Tài liệu');
  const before: LibraryMetadata = {
    title: row.title,
    summary: row.summary,
    topics: row.topics,
    audience: row.audience,
    language: row.language,
    kind: row.kind,
    usageRights: row.usage_rights,
    shareBodyId: row.share_body_id,
    isPublic: row.is_public,
  };
  // A partial change: what is not sent stays as it is.
  const m = cleanLibraryMetadata({ ...before, ...change });
  const share = await loadShareBody(ctx, row.body_path, m.shareBodyId);
  // What a reviewer approved (or refused) is the item as it was: any other content, or a wider
  // audience, is reviewed again. Narrowing the share needs no new review, nor does publishing it
  // (isPublic): the public pages show an item only while it is approved.
  const contentChanged = (['title', 'summary', 'audience', 'language', 'kind', 'usageRights'] as const).some(
    (k) => m[k] !== before[k],
  );
  const topicsChanged = JSON.stringify(m.topics) !== JSON.stringify(before.topics);
  const widened = !isWithin(share.path, row.share_path);
  const backToReview = row.status !== 'pending' && (contentChanged || topicsChanged || widened);
  await updateVersioned(ctx.db, {
    table: 'library_items',
    id,
    version: change.version,
    what: 'Tài liệu',
    set: {
      ...(backToReview
        ? { status: 'pending', review_comment: null, reviewed_by: null, reviewed_at: null }
        : {}),
      ...libraryMetadataColumns(m),
      updated_at: new Date(),
    },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: row.body_id,
      action: 'library.update',
      entityType: 'library_item',
      before: { ...before, status: row.status },
      after: { ...m, status: backToReview ? 'pending' : row.status },
    }),
  });
  return getLibraryItem(ctx, id);
}
