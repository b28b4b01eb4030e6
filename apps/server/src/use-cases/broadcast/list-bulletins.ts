import type { BulletinPriority } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentBulletin } from '../../presenters/bulletin.ts';
import { bulletinQuery } from '../../rows/bulletin.ts';
import { pageWithTotal, searchPatterns } from '../shared/paged-search.ts';
import { bulletinsVisibleTo } from './bulletin-visibility.ts';

/** Bulletins the actor sees, newest first, searched without diacritics. */
export async function listBulletins(
  ctx: Context,
  q: { q?: string | undefined; priority?: BulletinPriority | undefined; page: number; pageSize: number },
) {
  let query = bulletinQuery(ctx.db).where(bulletinsVisibleTo(ctx));
  for (const pattern of searchPatterns(q.q)) query = query.where('bulletin.search_text', 'like', pattern);
  if (q.priority) query = query.where('bulletin.priority', '=', q.priority);
  const { rows, total } = await pageWithTotal(
    query.orderBy('bulletin.created_at', 'desc').orderBy('bulletin.id'),
    q,
  );
  return { items: rows.map((row) => presentBulletin(ctx, row)), total };
}
