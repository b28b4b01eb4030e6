import { withinScopes } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { loadContestForOrganiser } from './contests.ts';
import { roundResults } from './round-results.ts';

/**
 * The bodies whose question bank and contests the actor manages: the roots of its scopes with the
 * `manageContests` ability (usually one province). Empty for those who may not organise.
 */
export async function listOrganiserBodies(ctx: Context) {
  const paths = scopePaths(ctx.actor, 'manageContests');
  if (paths.length === 0) return { items: [] };
  const rows = await ctx.db
    .selectFrom('bodies')
    .select(['id', 'name', 'kind', 'path'])
    .where('path', 'in', paths)
    .orderBy('name')
    .execute();
  return { items: rows.map((b) => ({ id: b.id, name: b.name, kind: b.kind })) };
}

/** Contests organised by bodies inside the actor's scopes, newest first, with their round span. */
export async function listContests(ctx: Context) {
  const paths = scopePaths(ctx.actor, 'manageContests');
  const rows = await ctx.db
    .selectFrom('quiz_contests as c')
    .innerJoin('bodies as b', 'b.id', 'c.body_id')
    .select([
      'c.id',
      'c.title',
      'c.status',
      'c.created_at',
      'c.attempts_per_round',
      'c.time_limit_seconds',
      'b.id as body_id',
      'b.name as body_name',
    ])
    .select((eb) => [
      eb
        .selectFrom('quiz_rounds as r')
        .select((e) => e.fn.min<Date>('r.opens_at').as('x'))
        .whereRef('r.contest_id', '=', 'c.id')
        .as('opens_at'),
      eb
        .selectFrom('quiz_rounds as r')
        .select((e) => e.fn.max<Date>('r.closes_at').as('x'))
        .whereRef('r.contest_id', '=', 'c.id')
        .as('closes_at'),
      eb
        .selectFrom('quiz_rounds as r')
        .select((e) => e.fn.countAll<number>().as('x'))
        .whereRef('r.contest_id', '=', 'c.id')
        .as('rounds'),
      eb
        .selectFrom('quiz_participants as p')
        .select((e) => e.fn.countAll<number>().as('x'))
        .whereRef('p.contest_id', '=', 'c.id')
        .as('participants'),
    ])
    .where((eb) => withinScopes(eb, eb.ref('b.path'), paths))
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
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

/** A closed round's results for its organiser (the same figures as the published results page). */
export async function organiserRoundResults(ctx: Context, contestId: string, roundNumber: number) {
  await loadContestForOrganiser(ctx, contestId);
  return roundResults(ctx.db, contestId, roundNumber);
}
