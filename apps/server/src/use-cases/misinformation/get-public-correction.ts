import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { correctionSiteId, presentPublicCorrection, publishedCorrections } from './public-correction-row.ts';

/** A published correction of the site's province; anything else (unpublished, elsewhere) is not found. */
export async function getPublicCorrection(db: Kysely<Database>, site: PublicSite, id: string) {
  const siteId = await correctionSiteId(db, site);
  const row = siteId
    ? await publishedCorrections(db, siteId).where('id', '=', id).executeTakeFirst()
    : undefined;
  if (!row) {
    throw new AppError('not_found', 'Không tìm thấy tin cải chính này. Hãy kiểm tra lại đường dẫn.');
  }
  return presentPublicCorrection(row);
}
