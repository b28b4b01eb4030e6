import type { Database } from '@lantoa/db';
import { redactPersonalData } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';
import { type StoredFile, storedFileColumns } from '../files/stored-file.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { type PublicLibraryItem, publicLibraryItemOf, publicLibraryItems } from './list-public-library.ts';

/** One answer for an item missing, pending, rejected, not public or of another site: nothing told apart. */
const notPublic = () =>
  new AppError(
    'not_found',
    'Không tìm thấy sản phẩm truyền thông này trên trang công khai. Hãy kiểm tra lại đường dẫn.',
  );

/** A public item's page: the list's facts, with its usage rights and its file. */
export interface PublicLibraryItemPage extends PublicLibraryItem {
  usageRights: string;
  fileName: string;
  /** Bytes. */
  size: number;
  durationSeconds: number | null;
  hasThumbnail: boolean;
}

/** The row of an item the site shows right now, or "not found". */
async function loadPublicItem(db: Kysely<Database>, site: PublicSite, id: string) {
  const row = await publicLibraryItems(db, site)
    .innerJoin('files as file', 'file.id', 'item.file_id')
    .select([
      'item.id',
      'item.title',
      'item.summary',
      'item.kind',
      'item.language',
      'item.media_kind',
      'item.usage_rights',
      'item.duration_seconds',
      'item.created_at',
      'item.file_id',
      'item.thumbnail_file_id',
      'body.name as body_name',
      'file.name as file_name',
      'file.size as file_size',
    ])
    .where('item.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notPublic();
  return row;
}

/**
 * A library item a site shows (marked public and approved, of a body under it); texts typed by staff
 * with any phone number or e-mail hidden.
 */
export async function getPublicLibraryItem(
  db: Kysely<Database>,
  site: PublicSite,
  id: string,
): Promise<PublicLibraryItemPage> {
  const row = await loadPublicItem(db, site, id);
  return {
    ...publicLibraryItemOf(row),
    usageRights: redactPersonalData(row.usage_rights),
    fileName: redactPersonalData(row.file_name),
    size: Number(row.file_size),
    durationSeconds: row.duration_seconds === null ? null : Number(row.duration_seconds),
    hasThumbnail: row.thumbnail_file_id !== null,
  };
}

/** The file of an item the site shows right now (checked on every download), as stored. */
export async function getPublicLibraryFile(db: Kysely<Database>, site: PublicSite, id: string) {
  const row = await loadPublicItem(db, site, id);
  const file = await db
    .selectFrom('files')
    .select(storedFileColumns)
    .where('id', '=', row.file_id)
    .executeTakeFirstOrThrow();
  return { ...file, name: redactPersonalData(row.file_name) };
}

/** The WebP thumbnail of an item the site shows right now; "not found" when none could be drawn. */
export async function getPublicLibraryThumbnail(
  db: Kysely<Database>,
  site: PublicSite,
  id: string,
): Promise<StoredFile> {
  const row = await loadPublicItem(db, site, id);
  if (!row.thumbnail_file_id) throw notPublic();
  return db
    .selectFrom('files')
    .select(storedFileColumns)
    .where('id', '=', row.thumbnail_file_id)
    .executeTakeFirstOrThrow();
}
