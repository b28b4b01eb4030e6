import type { Context } from '../../http/context.ts';
import { presentPublicSiteSettings } from '../../presenters/public-site.ts';
import { loadManagedSite } from './load-managed-site.ts';

/** The public home's settings of a province or commune the actor keeps; 404 otherwise. */
export async function getPublicSiteSettings(ctx: Context, bodyId: string, publicUrl: string) {
  return presentPublicSiteSettings(await loadManagedSite(ctx, bodyId), publicUrl);
}
