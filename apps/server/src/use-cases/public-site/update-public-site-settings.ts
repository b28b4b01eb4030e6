import type { publicSiteSettingsInput } from '@lantoa/api-contract/public-sites';
import { recordAudit } from '@lantoa/db';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { staleVersion } from '../../http/errors.ts';
import { publicSiteSettingsOf } from './get-public-site-settings.ts';
import { loadManagedSite } from './load-managed-site.ts';

const SAVED = ['enabled', 'intro', 'feedback_days', 'show_honours', 'version', 'updated_at'] as const;

/**
 * Saves a public home's settings (optimistic on version). The row is keyed by its body, not by an id
 * of its own, so the shared updateVersioned() does not fit; the same rule is kept by hand: version 0
 * creates the row (someone who created it first makes the save stale), any other version changes it
 * only if it is still the one loaded; then the audit entry, in the same transaction. The list of
 * those honoured stays as it was when the request leaves it out (a client that does not know it).
 */
export async function updatePublicSiteSettings(
  ctx: Context,
  bodyId: string,
  input: z.output<typeof publicSiteSettingsInput>,
  publicUrl: string,
) {
  const site = await loadManagedSite(ctx, bodyId);
  const before = publicSiteSettingsOf(site, publicUrl);
  const showHonours = input.showHonours ?? before.showHonours;
  const values = {
    enabled: input.enabled,
    intro: input.intro,
    feedback_days: input.feedbackDays,
    show_honours: showHonours,
    updated_by: ctx.actor.userId,
    updated_at: new Date(),
  };
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const row =
      input.version === 0
        ? await trx
            .insertInto('public_sites')
            .values({ body_id: site.id, ...values })
            .onConflict((oc) => oc.column('body_id').doNothing())
            .returning(SAVED)
            .executeTakeFirst()
        : await trx
            .updateTable('public_sites')
            .set({ ...values, version: input.version + 1 })
            .where('body_id', '=', site.id)
            .where('version', '=', input.version)
            .returning(SAVED)
            .executeTakeFirst();
    if (!row) throw staleVersion('Trang công khai');
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: site.id,
      action: 'public_site.update',
      entityType: 'public_site',
      entityId: site.id,
      before: {
        enabled: before.enabled,
        intro: before.intro,
        feedbackDays: before.feedbackDays,
        showHonours: before.showHonours,
      },
      after: { enabled: input.enabled, intro: input.intro, feedbackDays: input.feedbackDays, showHonours },
    });
    return row;
  });
  return publicSiteSettingsOf({ ...site, ...saved }, publicUrl);
}
