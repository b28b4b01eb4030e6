import type { Context } from '../../http/context.ts';
import { loadVisibleLibraryItem } from './load-visible-library-item.ts';

/**
 * Counts one download of a visible item for the actor's body: the app posts it when someone takes
 * the file (a POST with the CSRF header, so neither a preview nor a link on another site counts).
 */
export async function recordLibraryDownload(ctx: Context, id: string) {
  await loadVisibleLibraryItem(ctx, id);
  // A usage counter, not a change of anything a body owns: kept out of the audit trail.
  await ctx.db
    .insertInto('library_downloads')
    .values({ item_id: id, body_id: ctx.actor.bodyId, count: 1 })
    .onConflict((oc) =>
      oc
        .columns(['item_id', 'body_id'])
        .doUpdateSet((eb) => ({ count: eb('library_downloads.count', '+', 1), last_at: new Date() })),
    )
    .execute();
  const total = await ctx.db
    .selectFrom('library_downloads')
    .select((eb) => eb.fn.sum<number>('count').as('n'))
    .where('item_id', '=', id)
    .executeTakeFirst();
  return { downloads: Number(total?.n ?? 0) };
}
