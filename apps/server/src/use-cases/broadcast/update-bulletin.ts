import type { Context } from '../../http/context.ts';
import { presentBulletin } from '../../presenters/bulletin.ts';
import { emergencyBulletin } from '../notifications/notify.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { type BulletinInput, bulletinColumns, loadBulletinTarget } from './bulletin-input.ts';
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
  const columns = bulletinColumns(input, row.valid_from);
  const { title, text } = columns;
  await ctx.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, {
      table: 'bulletins',
      id,
      version: input.version,
      what: 'Bản tin',
      set: { ...columns, updated_at: new Date() },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: row.body_id,
        action: 'bulletin.update',
        entityType: 'bulletin',
        before,
        after: {
          title,
          text,
          priority: input.priority,
          targetBodyId: input.targetBodyId,
          validFrom: columns.valid_from,
        },
      }),
    });
    if (input.priority === 'emergency')
      await emergencyBulletin(trx, { actorId: ctx.actor.userId, bulletin: { id, title }, target });
  });
  return presentBulletin(ctx, await loadVisibleBulletin(ctx, id));
}
