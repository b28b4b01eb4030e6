import { enqueueJob, recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { presentBulletin } from '../../presenters/bulletin.ts';
import { loadEditableBulletin, loadVisibleBulletin } from './load-bulletin.ts';

/** Queues speech synthesis (a job with progress); a request while one is under way changes nothing. */
export async function requestBulletinSynthesis(ctx: Context, id: string) {
  const row = await loadEditableBulletin(ctx, id);
  if (row.audio_status !== 'queued' && row.audio_status !== 'running') {
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('bulletins')
        .set({ audio_status: 'queued', audio_progress: 0, audio_error: null })
        .where('id', '=', id)
        .execute();
      await enqueueJob(trx, 'bulletin.speech', { bulletinId: id });
      await recordAudit(trx, {
        actorId: ctx.actor.userId,
        bodyId: row.body_id,
        action: 'bulletin.synthesise',
        entityType: 'bulletin',
        entityId: id,
        before: { audio: row.audio_status },
        after: { audio: 'queued' },
      });
    });
  }
  return presentBulletin(ctx, await loadVisibleBulletin(ctx, id));
}
