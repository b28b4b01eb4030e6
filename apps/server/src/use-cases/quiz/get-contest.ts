import type { PrizeTier, TopicQuota } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { loadContestForOrganiser } from './load-contest-for-organiser.ts';

/** A contest as its organiser sees it: settings, rounds, how many registered, who is excluded (masked). */
export async function getContest(ctx: Context, id: string) {
  const contest = await loadContestForOrganiser(ctx, id);
  const [rounds, participants, exclusions] = await Promise.all([
    ctx.db.selectFrom('quiz_rounds').selectAll().where('contest_id', '=', id).orderBy('number').execute(),
    ctx.db
      .selectFrom('quiz_participants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('contest_id', '=', id)
      .executeTakeFirstOrThrow(),
    ctx.db.selectFrom('quiz_exclusions').select('citizen_mask').where('contest_id', '=', id).execute(),
  ]);
  return {
    id: contest.id,
    bodyId: contest.body_id,
    title: contest.title,
    description: contest.description,
    eligibleGroups: contest.eligible_groups,
    topicQuotas: contest.topic_quotas as TopicQuota[],
    timeLimitSeconds: contest.time_limit_seconds,
    attemptsPerRound: contest.attempts_per_round,
    prizeTiers: contest.prize_tiers as PrizeTier[],
    status: contest.status,
    version: contest.version,
    rounds: rounds.map((r) => ({
      id: r.id,
      number: r.number,
      opensAt: r.opens_at.toISOString(),
      closesAt: r.closes_at.toISOString(),
    })),
    participants: Number(participants.n),
    excluded: exclusions.map((e) => e.citizen_mask),
  };
}
