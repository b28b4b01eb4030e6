import { appSecret, recordAudit } from '@lantoa/db';
import { citizenIdLookupKey, maskCitizenId, validateCitizenId, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadContestForOrganiser } from './load-contest-for-organiser.ts';

/**
 * Organisers (by citizen ID) may not take part; the numbers are kept only as keys and masks. An
 * exclusion stops starting and submitting attempts at once, and keeps the person out of the results
 * of every round not yet settled (results already published stay as published).
 */
export async function excludeOrganisers(ctx: Context, id: string, citizenIds: string[], now = new Date()) {
  const contest = await loadContestForOrganiser(ctx, id);
  const secret = await appSecret(ctx.db, 'citizen-id');
  const rows: { contest_id: string; citizen_key: string; citizen_mask: string; created_at: Date }[] = [];
  for (const [i, raw] of citizenIds.entries()) {
    const checked = validateCitizenId(raw, vietnamToday());
    if (!checked.ok) throw new AppError('invalid_input', checked.message, `citizenIds.${i}`);
    rows.push({
      contest_id: id,
      citizen_key: await citizenIdLookupKey(checked.value, secret),
      citizen_mask: maskCitizenId(checked.value),
      // The server's clock, as for the rounds it is compared with (not the database's).
      created_at: now,
    });
  }
  if (rows.length === 0) return;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('quiz_exclusions')
      .values(rows)
      .onConflict((oc) => oc.columns(['contest_id', 'citizen_key']).doNothing())
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: contest.body_id,
      action: 'quiz_contest.exclude',
      entityType: 'quiz_contest',
      entityId: id,
      after: { excluded: rows.map((r) => r.citizen_mask) },
    });
  });
}
