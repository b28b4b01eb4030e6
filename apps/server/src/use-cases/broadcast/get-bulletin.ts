import type { Context } from '../../http/context.ts';
import { presentBulletin } from '../../presenters/bulletin.ts';
import { loadVisibleBulletin } from './load-bulletin.ts';

export async function getBulletin(ctx: Context, id: string) {
  return presentBulletin(ctx, await loadVisibleBulletin(ctx, id));
}
