import type { libraryMetadata } from '@lantoa/api-contract/library';
import { unsafeFindBody } from '@lantoa/db';
import { can, foldVietnamese, isWithin } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/** What describes a library item: sent on upload, and (in part) on change. */
export type LibraryMetadata = z.output<typeof libraryMetadata>;

/** The folded text the library's search box looks in. */
export const librarySearchText = (m: Pick<LibraryMetadata, 'title' | 'summary' | 'topics' | 'audience'>) =>
  foldVietnamese([m.title, m.summary, m.topics.join(' '), m.audience].join(' '));

/** The columns of `library_items` that metadata fills, the search text with them. */
export const libraryMetadataColumns = (m: LibraryMetadata) => ({
  share_body_id: m.shareBodyId,
  title: m.title,
  summary: m.summary,
  topics: m.topics,
  audience: m.audience,
  language: m.language,
  kind: m.kind,
  usage_rights: m.usageRights,
  is_public: m.isPublic,
  search_text: librarySearchText(m),
});

/** Metadata as stored: texts in NFC without surrounding spaces, topics once each. */
export const cleanLibraryMetadata = (m: LibraryMetadata): LibraryMetadata => ({
  ...m,
  title: m.title.normalize('NFC').trim(),
  summary: m.summary.normalize('NFC').trim(),
  audience: m.audience.normalize('NFC').trim(),
  usageRights: m.usageRights.normalize('NFC').trim(),
  topics: [...new Set(m.topics.map((t) => t.normalize('NFC').trim()).filter(Boolean))],
});

/** The share body must be the author's own subtree or one that contains it (a province shares down). */
export async function loadShareBody(ctx: Context, authorPath: string, shareBodyId: string) {
  const share = await unsafeFindBody(ctx.db, shareBodyId);
  if (!share || !(isWithin(authorPath, share.path) || can(ctx.actor, 'readBody', share.path))) {
    throw notFound('đơn vị được chia sẻ');
  }
  return share;
}
