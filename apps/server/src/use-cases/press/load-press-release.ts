import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { pressReleaseQuery, unsafeFindPressRelease } from './press-release-row.ts';
import { pressReleasesVisibleTo } from './press-release-visibility.ts';

const missing = () => notFound('thông cáo báo chí');

/** A release the actor sees (see pressReleasesVisibleTo); 404 otherwise. */
export async function loadVisiblePressRelease(ctx: Context, id: string) {
  const row = await pressReleaseQuery(ctx.db)
    .where('release.id', '=', id)
    .where(pressReleasesVisibleTo(ctx))
    .executeTakeFirst();
  if (!row) throw missing();
  return row;
}

/** A release of a body the actor communicates for (to change or send it); 404 otherwise. */
export async function loadOwnPressRelease(ctx: Context, id: string) {
  const row = await unsafeFindPressRelease(ctx.db, id);
  if (!row || !can(ctx.actor, 'communicate', row.body_path)) throw missing();
  return row;
}
