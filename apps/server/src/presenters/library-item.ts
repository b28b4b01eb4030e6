import { can, canApproveLibraryItem } from '@lantoa/domain';
import type { Context } from '../http/context.ts';
import type { LibraryItemRow } from '../rows/library-item.ts';

/** A library item as the API answers it, with what the actor may do with it. */
export function presentLibraryItem(ctx: Context, item: LibraryItemRow) {
  return {
    id: item.id,
    title: item.title,
    summary: item.summary,
    topics: item.topics,
    audience: item.audience,
    language: item.language,
    kind: item.kind,
    mediaKind: item.media_kind,
    mediaType: item.media_type,
    fileName: item.file_name,
    size: item.file_size,
    durationSeconds: item.duration_seconds === null ? null : Number(item.duration_seconds),
    usageRights: item.usage_rights,
    body: { id: item.body_id, name: item.body_name },
    share: { id: item.share_body_id, name: item.share_name },
    status: item.status,
    isPublic: item.is_public,
    reviewComment: item.review_comment,
    hasThumbnail: item.thumbnail_file_id !== null,
    downloads: Number(item.downloads ?? 0),
    version: item.version,
    createdAt: item.created_at.toISOString(),
    canEdit: can(ctx.actor, 'contributeLibrary', item.body_path),
    canReview: can(ctx.actor, 'reviewLibrary', item.body_path),
    canApprove: canApproveLibraryItem(ctx.actor, { authorPath: item.body_path, sharePath: item.share_path }),
  };
}
