import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { scienceTaskQuery } from '../../rows/science-task.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';

/**
 * The tasks a public home discloses: published (which a secret task never is: the database refuses
 * the two together, and the secret flag is checked again here so no change of that rule can leak
 * one), kept by a body under the site. Every public read of the registry starts from this query.
 */
export const disclosedScienceTasks = (db: Kysely<Database>, site: PublicSite) =>
  scienceTaskQuery(db)
    .where('task.published_at', 'is not', null)
    .where('task.is_secret', '=', false)
    .where('body.path', 'like', `${site.path}%`);
