import { withinScopes } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';

/** Contests organised by bodies inside the actor's scopes, newest first, with their round span. */
export async function listContests(ctx: Context) {
  const paths = scopePaths(ctx.actor, 'manageContests');
  const rows = await ctx.db
    .selectFrom('quiz_contests as contest')
    .innerJoin('bodies as body', 'body.id', 'contest.body_id')
    .select([
      'contest.id',
      'contest.title',
      'contest.status',
      'contest.created_at',
      'contest.attempts_per_round',
      'contest.time_limit_seconds',
      'body.id as body_id',
      'body.name as body_name',
    ])
    .select((eb) => [
      eb
        .selectFrom('quiz_rounds as round')
        .select((e) => e.fn.min<Date>('round.opens_at').as('x'))
        .whereRef('round.contest_id', '=', 'contest.id')
        .as('opens_at'),
      eb
        .selectFrom('quiz_rounds as round')
        .select((e) => e.fn.max<Date>('round.closes_at').as('x'))
        .whereRef('round.contest_id', '=', 'contest.id')
        .as('closes_at'),
      eb
        .selectFrom('quiz_rounds as round')
        .select((e) => e.fn.countAll<number>().as('x'))
        .whereRef('round.contest_id', '=', 'contest.id')
        .as('rounds'),
      eb
        .selectFrom('quiz_participants as participant')
        .select((e) => e.fn.countAll<number>().as('x'))
        .whereRef('participant.contest_id', '=', 'contest.id')
        .as('participants'),
    ])
    .where((eb) => withinScopes(eb, eb.ref('body.path'), paths))
    .orderBy('contest.created_at', 'desc')
    .orderBy('contest.id')
    .execute();
  const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      body: { id: r.body_id, name: r.body_name },
      createdAt: iso(r.created_at),
      opensAt: iso(r.opens_at),
      closesAt: iso(r.closes_at),
      rounds: Number(r.rounds ?? 0),
      participants: Number(r.participants ?? 0),
      attemptsPerRound: r.attempts_per_round,
      timeLimitSeconds: r.time_limit_seconds,
    })),
  };
}
