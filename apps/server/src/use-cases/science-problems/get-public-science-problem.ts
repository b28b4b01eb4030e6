import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { presentPublicScienceProblem, publicScienceProblemQuery } from './public-science-problem-row.ts';

/**
 * A published problem of a body under the site, as its public page shows it; a draft, a problem of
 * another site and an unknown id are all "not found".
 */
export async function getPublicScienceProblem(
  db: Kysely<Database>,
  site: PublicSite,
  id: string,
  now = new Date(),
) {
  const row = await publicScienceProblemQuery(db, site).where('problem.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('đặt hàng khoa học và công nghệ');
  return presentPublicScienceProblem(row, now);
}
