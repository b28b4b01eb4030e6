import type { Database } from '@lantoa/db';
import {
  type LibraryKind,
  type LibraryLanguage,
  type MediaKind,
  redactPersonalData,
  vietnamDateOf,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';

/** A library item as the public list shows it: what it is, who made it, when. */
export interface PublicLibraryItem {
  id: string;
  title: string;
  summary: string;
  kind: LibraryKind;
  language: LibraryLanguage;
  mediaKind: MediaKind;
  bodyName: string;
  /** The day it was added to the library, 'YYYY-MM-DD' in Vietnam time. */
  addedOn: string;
}

/** Newest first, this many a page (as the news). */
export const LIBRARY_PAGE_SIZE = 20;

/**
 * The library items a site's public pages show: marked public by their body and approved (both, read
 * on every request: an item sent back to review or un-flagged disappears at once), of the bodies under
 * the site. Every public read of the library starts from this query.
 */
export const publicLibraryItems = (db: Kysely<Database>, site: PublicSite) =>
  db
    .selectFrom('library_items as item')
    .innerJoin('bodies as body', 'body.id', 'item.body_id')
    .where('item.is_public', '=', true)
    .where('item.status', '=', 'approved')
    .where('body.path', 'like', `${site.path}%`);

/**
 * A page of the communication products the bodies under the site published, newest first. Titles
 * and summaries are typed by staff; any phone number or e-mail in them is hidden all the same. A page
 * past the last is not found (the first page of an empty list is a page saying so).
 */
export async function listPublicLibrary(
  db: Kysely<Database>,
  site: PublicSite,
  page = 1,
  pageSize = LIBRARY_PAGE_SIZE,
): Promise<{ items: PublicLibraryItem[]; total: number; page: number; pageCount: number }> {
  const [rows, count] = await Promise.all([
    publicLibraryItems(db, site)
      .select([
        'item.id',
        'item.title',
        'item.summary',
        'item.kind',
        'item.language',
        'item.media_kind',
        'item.created_at',
        'body.name as body_name',
      ])
      .orderBy('item.created_at', 'desc')
      .orderBy('item.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    publicLibraryItems(db, site)
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.total);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (page > pageCount) throw notFound('trang sản phẩm truyền thông');
  return {
    total,
    page,
    pageCount,
    items: rows.map(publicLibraryItemOf),
  };
}

/** An item as the public sees it: its texts with any phone number or e-mail hidden. */
export const publicLibraryItemOf = (row: {
  id: string;
  title: string;
  summary: string;
  kind: string;
  language: string;
  media_kind: string;
  body_name: string;
  created_at: Date;
}): PublicLibraryItem => ({
  id: row.id,
  title: redactPersonalData(row.title),
  summary: redactPersonalData(row.summary),
  kind: row.kind as LibraryKind,
  language: row.language as LibraryLanguage,
  mediaKind: row.media_kind as MediaKind,
  bodyName: row.body_name,
  addedOn: vietnamDateOf(row.created_at),
});
