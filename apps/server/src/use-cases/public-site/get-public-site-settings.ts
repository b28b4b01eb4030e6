import type { Context } from '../../http/context.ts';
import { presentPublicSiteSettings } from '../../presenters/public-site.ts';
import { loadManagedSite, type ManagedSite } from './load-managed-site.ts';

/** The contract's `publicSiteSettings`: the presenter's fields, and whether the home lists those honoured. */
export const publicSiteSettingsOf = (site: ManagedSite, publicUrl: string) => ({
  ...presentPublicSiteSettings(site, publicUrl),
  showHonours: site.show_honours ?? false,
});

/** The public home's settings of a province or commune the actor keeps; 404 otherwise. */
export async function getPublicSiteSettings(ctx: Context, bodyId: string, publicUrl: string) {
  return publicSiteSettingsOf(await loadManagedSite(ctx, bodyId), publicUrl);
}
