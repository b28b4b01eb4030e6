import { recordAudit } from '@lantoa/db';
import type { Audience } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { loadTrainingBody } from './load-training-body.ts';

/**
 * A body states how many people of an audience it has in a year where they are counted, not named
 * (its officials, the commune's population): the denominator of that year's targets. Setting it again
 * replaces it; null removes it (the named roster counts again).
 */
export async function setHeadcount(
  ctx: Context,
  bodyId: string,
  input: { audience: Audience; year: number; headcount: number | null },
) {
  const body = await loadTrainingBody(ctx, bodyId);
  await ctx.db.transaction().execute(async (trx) => {
    const key = { body_id: body.id, audience: input.audience, year: input.year };
    const before = await trx
      .selectFrom('audience_headcounts')
      .select('headcount')
      .where('body_id', '=', body.id)
      .where('audience', '=', input.audience)
      .where('year', '=', input.year)
      .forUpdate()
      .executeTakeFirst();
    if (input.headcount === null) {
      await trx
        .deleteFrom('audience_headcounts')
        .where('body_id', '=', body.id)
        .where('audience', '=', input.audience)
        .where('year', '=', input.year)
        .execute();
    } else {
      await trx
        .insertInto('audience_headcounts')
        .values({ ...key, headcount: input.headcount })
        .onConflict((oc) =>
          oc
            .columns(['body_id', 'audience', 'year'])
            .doUpdateSet({ headcount: input.headcount ?? 0, updated_at: new Date() }),
        )
        .execute();
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'headcount.set',
      entityType: 'headcount',
      entityId: `${body.id}:${input.audience}:${input.year}`,
      before: before ? { headcount: before.headcount } : null,
      after: input,
    });
  });
  return { audience: input.audience, year: input.year, headcount: input.headcount };
}
