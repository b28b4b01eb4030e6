import type { Database } from '@lantoa/db';
import { provinceIdOf } from '@lantoa/domain';
import type { Kysely } from 'kysely';

/**
 * The department that triages reports of false information when the site's people do not pick another:
 * the provincial department in charge of the press, publishing and grassroots information (its
 * loudspeakers) since the 2025 merger of the information and culture departments.
 */
export const CULTURE_DEPARTMENT = 'Sở Văn hóa, Thể thao và Du lịch';

/**
 * The province a body lies in (itself for a province), found through its path: the site of the cases
 * reported by its people or on its public page. Undefined above any province (the country).
 */
export async function provinceOfPath(db: Kysely<Database>, path: string) {
  const id = provinceIdOf(path);
  if (!id) return undefined;
  return db
    .selectFrom('bodies')
    .select(['id', 'name', 'path'])
    .where('id', '=', id)
    .where('kind', '=', 'province')
    .executeTakeFirst();
}

/** The body proposed when a case of the site is assigned: its culture department, else the site itself. */
export async function defaultHandler(db: Kysely<Database>, site: { id: string; name: string }) {
  const department = await db
    .selectFrom('bodies')
    .select(['id', 'name'])
    .where('parent_id', '=', site.id)
    .where('name', '=', CULTURE_DEPARTMENT)
    .orderBy('id')
    .executeTakeFirst();
  return department ?? { id: site.id, name: site.name };
}
