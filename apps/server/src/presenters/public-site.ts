import { publicPath } from '../public-pages/public-layout.ts';
import type { ManagedSite } from '../use-cases/public-site/load-managed-site.ts';
import { DEFAULT_FEEDBACK_DAYS, isSiteEnabled } from '../use-cases/public-site/load-public-site.ts';

/** The contract's `publicSiteSettings`: the saved settings, or the defaults while none were saved. */
export function presentPublicSiteSettings(site: ManagedSite, publicUrl: string) {
  const path = publicPath(site.code, 'home');
  return {
    body: { id: site.id, name: site.name, kind: site.kind, code: site.code },
    enabled: isSiteEnabled(site),
    intro: site.intro ?? '',
    feedbackDays: site.feedback_days ?? DEFAULT_FEEDBACK_DAYS,
    path,
    address: `${publicUrl.replace(/\/+$/, '')}${path}`,
    version: site.version ?? 0,
    updatedAt: site.updated_at ? new Date(site.updated_at).toISOString() : null,
  };
}
