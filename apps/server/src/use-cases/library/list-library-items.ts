import type { LibraryKind, LibraryLanguage, LibraryStatus, MediaKind } from '@lantoa/domain';
import { type SqlBool, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { presentLibraryItem } from '../../presenters/library-item.ts';
import { libraryItemQuery } from '../../rows/library-item.ts';
import { pageWithTotal, searchPatterns } from '../shared/paged-search.ts';
import { libraryItemsVisibleTo } from './library-item-visibility.ts';

export interface LibraryQuery {
  q?: string | undefined;
  kind?: LibraryKind | undefined;
  language?: LibraryLanguage | undefined;
  topic?: string | undefined;
  mediaKind?: MediaKind | undefined;
  status?: LibraryStatus | undefined;
  page: number;
  pageSize: number;
}

/** The items the actor sees, newest first, searched without diacritics and filtered. */
export async function listLibraryItems(ctx: Context, q: LibraryQuery) {
  let query = libraryItemQuery(ctx.db).where(libraryItemsVisibleTo(ctx));
  for (const pattern of searchPatterns(q.q)) query = query.where('item.search_text', 'like', pattern);
  if (q.kind) query = query.where('item.kind', '=', q.kind);
  if (q.language) query = query.where('item.language', '=', q.language);
  if (q.mediaKind) query = query.where('item.media_kind', '=', q.mediaKind);
  if (q.status) query = query.where('item.status', '=', q.status);
  if (q.topic) query = query.where(sql<SqlBool>`${q.topic.normalize('NFC')} = any(item.topics)`);
  const { rows, total } = await pageWithTotal(query.orderBy('item.created_at', 'desc').orderBy('item.id'), q);
  return { items: rows.map((row) => presentLibraryItem(ctx, row)), total };
}
