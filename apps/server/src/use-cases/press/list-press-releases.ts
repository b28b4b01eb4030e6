import type { Context } from '../../http/context.ts';
import { presentPressReleaseSummary, pressReleaseQuery } from './press-release-row.ts';
import { pressReleasesVisibleTo } from './press-release-visibility.ts';

/** The releases the actor sees (see pressReleasesVisibleTo), newest first. */
export async function listPressReleases(ctx: Context) {
  const rows = await pressReleaseQuery(ctx.db)
    .where(pressReleasesVisibleTo(ctx))
    .orderBy('release.created_at', 'desc')
    .orderBy('release.id')
    .execute();
  return { items: rows.map(presentPressReleaseSummary) };
}
