import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { publicPath } from '../../public-pages/public-layout.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import type { PublicPagePath } from '../public-site/public-home-paths.ts';
import { publicLibraryItems } from './list-public-library.ts';

/**
 * Every public page of the library on a site, for the sitemap: the list, then each item's page,
 * modified when it was last changed or reviewed. Only items marked public and approved are listed.
 */
export async function publicLibraryPaths(db: Kysely<Database>, site: PublicSite): Promise<PublicPagePath[]> {
  const rows = await publicLibraryItems(db, site)
    .select(['item.id', 'item.updated_at', 'item.reviewed_at'])
    .orderBy('item.created_at', 'desc')
    .orderBy('item.id')
    .execute();
  const items = rows.map((row) => {
    const times = [row.updated_at, row.reviewed_at]
      .filter((at): at is Date => at !== null)
      .map((at) => new Date(at).getTime());
    return { path: publicPath(site.code, 'library', row.id), lastModified: new Date(Math.max(...times)) };
  });
  const latest = items.reduce<Date | null>(
    (newest, page) => (!newest || page.lastModified > newest ? page.lastModified : newest),
    null,
  );
  return [{ path: publicPath(site.code, 'library'), lastModified: latest }, ...items];
}
