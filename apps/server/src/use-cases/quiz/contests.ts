import { appSecret, type ParticipantGroup, recordAudit, unsafeFindBody } from '@lantoa/db';
import { can, citizenIdLookupKey, maskCitizenId, validateCitizenId } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound, staleVersion } from '../../http/errors.ts';
import { vietnamToday } from '../plans/today.ts';

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
export function weeklyRounds(startsOn: string, weeks: number) {
  const start = Date.parse(`${startsOn}T00:00:00+07:00`);
  return Array.from({ length: weeks }, (_, i) => ({
    number: i + 1,
    opens_at: new Date(start + i * 7 * DAY),
    closes_at: new Date(start + (i + 1) * 7 * DAY - 1000),
  }));
}

async function loadOrganiser(ctx: Context, bodyId: string) {
  const body = await unsafeFindBody(ctx.db, bodyId);
  if (!body || !can(ctx.actor, 'manageContests', body.path)) throw notFound('cuộc thi');
  return body;
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

export async function createContest(ctx: Context, input: ContestInput) {
  const body = await loadOrganiser(ctx, input.bodyId);
  await assertQuotas(ctx, body.id, input.topicQuotas);
  return ctx.db.transaction().execute(async (trx) => {
    const contest = await trx
      .insertInto('quiz_contests')
      .values({
        body_id: body.id,
        title: input.title.normalize('NFC'),
        description: input.description.normalize('NFC'),
        eligible_groups: input.eligibleGroups,
        topic_quotas: JSON.stringify(input.topicQuotas),
        time_limit_seconds: input.timeLimitSeconds,
        attempts_per_round: input.attemptsPerRound,
        prize_tiers: JSON.stringify(input.prizeTiers),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('quiz_rounds')
      .values(weeklyRounds(input.startsOn, input.weeks).map((r) => ({ ...r, contest_id: contest.id })))
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'quiz_contest.create',
      entityType: 'quiz_contest',
      entityId: contest.id,
      after: input,
    });
    return { id: contest.id };
  });
}

export async function loadContestForOrganiser(ctx: Context, id: string) {
  const contest = await ctx.db
    .selectFrom('quiz_contests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!contest) throw notFound('cuộc thi');
  await loadOrganiser(ctx, contest.body_id);
  return contest;
}

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
    topicQuotas: contest.topic_quotas,
    timeLimitSeconds: contest.time_limit_seconds,
    attemptsPerRound: contest.attempts_per_round,
    prizeTiers: contest.prize_tiers,
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

export async function publishContest(ctx: Context, id: string, version: number) {
  const contest = await loadContestForOrganiser(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('quiz_contests')
      .set({ status: 'published', version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    if (!done) throw staleVersion('Cuộc thi');
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: contest.body_id,
      action: 'quiz_contest.publish',
      entityType: 'quiz_contest',
      entityId: id,
    });
  });
}

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
