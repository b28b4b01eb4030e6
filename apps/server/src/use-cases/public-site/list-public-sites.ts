import type { Database } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';
import { type PublicSite, publicSiteOf, publicSiteRows } from './load-public-site.ts';

/**
 * Every open public home (the sitemap lists their pages): the provinces that did not turn theirs
 * off and the communes that turned theirs on, provinces first, by code. One query: the 34 provinces
 * and the few communes with a settings row, never the 3,321 communes one by one.
 */
export async function listPublicSites(db: Kysely<Database>): Promise<PublicSite[]> {
  const rows = await publicSiteRows(db)
    .where('b.code', 'is not', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('b.kind', '=', 'province'), sql<boolean>`s.enabled is not false`]),
        eb('s.enabled', '=', true),
      ]),
    )
    .orderBy(sql`length(b.code)`)
    .orderBy('b.code')
    .execute();
  return rows.flatMap((row) => (row.code ? [publicSiteOf({ ...row, code: row.code })] : []));
}
