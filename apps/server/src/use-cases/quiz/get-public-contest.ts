import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { loadPublishedContest } from './load-published-contest.ts';

/** A published contest as the public sees it: no question, no answer. */
export async function getPublicContest(db: Kysely<Database>, id: string) {
  const contest = await loadPublishedContest(db, id);
  return {
    id: contest.id,
    title: contest.title,
    description: contest.description,
    eligibleGroups: contest.eligible_groups,
    timeLimitSeconds: contest.time_limit_seconds,
    attemptsPerRound: contest.attempts_per_round,
    rounds: contest.rounds.map((r) => ({
      number: r.number,
      opensAt: r.opens_at.toISOString(),
      closesAt: r.closes_at.toISOString(),
    })),
  };
}
