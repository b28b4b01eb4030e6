import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { presentPublicFeedback, publishedFeedback } from './public-feedback-row.ts';

/** A question and answer the site published; anything else (not published, another site's) is not found. */
export async function getPublicFeedback(db: Kysely<Database>, site: PublicSite, id: string) {
  const row = await publishedFeedback(db, site.bodyId).where('item.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Không tìm thấy câu hỏi – trả lời này.');
  return presentPublicFeedback(row);
}
