import { type ParticipantGroup, startOfDayInVietnam } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { loadOrganiserBody } from './load-contest-for-organiser.ts';

export interface ContestInput {
  bodyId: string;
  title: string;
  description: string;
  eligibleGroups: ParticipantGroup[];
  topicQuotas: { topic: string; count: number }[];
  timeLimitSeconds: number;
  attemptsPerRound: number;
  prizeTiers: { name: string; count: number }[];
  /** First day of round 1, 'YYYY-MM-DD' (Vietnam); rounds are weekly. */
  startsOn: string;
  weeks: number;
}

const DAY = 86_400_000;
/** Weekly rounds: round i runs from 00:00 of its first day to 23:59:59 of its seventh (UTC+7). */
function weeklyRounds(startsOn: string, weeks: number) {
  const start = startOfDayInVietnam(startsOn);
  return Array.from({ length: weeks }, (_, i) => ({
    number: i + 1,
    opens_at: new Date(start + i * 7 * DAY),
    closes_at: new Date(start + (i + 1) * 7 * DAY - 1000),
  }));
}

/** The question bank must hold enough active questions of each topic for an attempt. */
async function assertQuotas(ctx: Context, bodyId: string, quotas: ContestInput['topicQuotas']) {
  if (quotas.reduce((n, q) => n + q.count, 0) < 1) {
    throw new AppError('invalid_input', 'Mỗi lượt thi cần ít nhất một câu hỏi.', 'topicQuotas');
  }
  const counts = await ctx.db
    .selectFrom('quiz_questions')
    .select((eb) => ['topic', eb.fn.countAll<number>().as('n')])
    .where('body_id', '=', bodyId)
    .where('active', '=', true)
    .groupBy('topic')
    .execute();
  for (const q of quotas) {
    const have = Number(counts.find((c) => c.topic === q.topic)?.n ?? 0);
    if (have < q.count) {
      throw new AppError(
        'invalid_input',
        `Chủ đề «${q.topic}» chỉ có ${have} câu hỏi, cần ${q.count}. Hãy bổ sung ngân hàng câu hỏi.`,
        'topicQuotas',
      );
    }
  }
}

/** An organiser creates a contest with weekly rounds, drawing from a bank that can fill an attempt. */
export async function createContest(ctx: Context, input: ContestInput) {
  const body = await loadOrganiserBody(ctx, input.bodyId);
  await assertQuotas(ctx, body.id, input.topicQuotas);
  return ctx.db.transaction().execute(async (trx) => {
    const contest = await insertAudited(trx, {
      table: 'quiz_contests',
      values: {
        body_id: body.id,
        title: input.title.normalize('NFC'),
        description: input.description.normalize('NFC'),
        eligible_groups: input.eligibleGroups,
        topic_quotas: JSON.stringify(input.topicQuotas),
        time_limit_seconds: input.timeLimitSeconds,
        attempts_per_round: input.attemptsPerRound,
        prize_tiers: JSON.stringify(input.prizeTiers),
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'quiz_contest.create',
        entityType: 'quiz_contest',
        after: input,
      }),
    });
    await trx
      .insertInto('quiz_rounds')
      .values(weeklyRounds(input.startsOn, input.weeks).map((r) => ({ ...r, contest_id: contest.id })))
      .execute();
    return { id: contest.id };
  });
}
