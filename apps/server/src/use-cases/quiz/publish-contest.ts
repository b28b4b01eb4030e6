import type { Context } from '../../http/context.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadContestForOrganiser } from './load-contest-for-organiser.ts';

/** The organiser opens a contest to the public (optimistic on `version`). */
export async function publishContest(ctx: Context, id: string, version: number) {
  const contest = await loadContestForOrganiser(ctx, id);
  await updateVersioned(ctx.db, {
    table: 'quiz_contests',
    id,
    version,
    what: 'Cuộc thi',
    set: { status: 'published' },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: contest.body_id,
      action: 'quiz_contest.publish',
      entityType: 'quiz_contest',
    }),
  });
}
