import type { Context } from '../../http/context.ts';
import { presentBulletin } from '../../presenters/bulletin.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { alertBroadcasters } from './alert-broadcasters.ts';
import {
  type BulletinInput,
  bulletinSearchText,
  checkBulletinDates,
  cleanBulletinText,
  loadBulletinTarget,
} from './bulletin-input.ts';
import { loadEditableBulletin, loadVisibleBulletin } from './load-bulletin.ts';

/** Changes the fields sent (optimistic on `version`); an emergency tells the broadcasters it reaches. */
export async function updateBulletin(
  ctx: Context,
  id: string,
  change: Partial<BulletinInput> & { version: number },
) {
  const row = await loadEditableBulletin(ctx, id);
  const before = {
    title: row.title,
    text: row.text,
    priority: row.priority,
    targetBodyId: row.target_body_id,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  };
  // A partial change: what is not sent stays as it is.
  const input = { ...before, ...change };
  const target = await loadBulletinTarget(ctx, input.targetBodyId);
  const { title, text } = cleanBulletinText(input);
  const validFrom = input.validFrom ?? row.valid_from;
  checkBulletinDates(validFrom, input.validUntil ?? null);
  await ctx.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, {
      table: 'bulletins',
      id,
      version: input.version,
      what: 'Bản tin',
      set: {
        title,
        text,
        priority: input.priority,
        target_body_id: input.targetBodyId,
        valid_from: validFrom,
        valid_until: input.validUntil ?? null,
        search_text: bulletinSearchText(title, text),
        updated_at: new Date(),
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: row.body_id,
        action: 'bulletin.update',
        entityType: 'bulletin',
        before,
        after: { title, text, priority: input.priority, targetBodyId: input.targetBodyId, validFrom },
      }),
    });
    if (input.priority === 'emergency') await alertBroadcasters(trx, { id, title }, target);
  });
  return presentBulletin(ctx, await loadVisibleBulletin(ctx, id));
}
