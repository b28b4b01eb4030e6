import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import type { PublicSite } from '../public-site/load-public-site.ts';

/**
 * The communes a citizen may name as the place of their feedback: a province's communes and wards
 * in alphabetical order, or a commune's page's own commune.
 */
export async function listSiteCommunes(db: Kysely<Database>, site: PublicSite) {
  const communes = await db
    .selectFrom('bodies')
    .select(['id', 'name'])
    .where('kind', '=', 'commune')
    .where('path', 'like', `${site.path}%`)
    .execute();
  // Vietnamese order (the database's collation may not be Vietnamese).
  return communes.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
