import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors.ts';

async function readPublishedContest(db: Kysely<Database>, contestId: string) {
  const contest = await db
    .selectFrom('quiz_contests as contest')
    .innerJoin('bodies as organiser', 'organiser.id', 'contest.body_id')
    .selectAll('contest')
    .select('organiser.path as organiser_path')
    .where('contest.id', '=', contestId)
    .where('contest.status', '=', 'published')
    .executeTakeFirst();
  if (!contest) return null;
  const rounds = await db
    .selectFrom('quiz_rounds')
    .select(['id', 'number', 'opens_at', 'closes_at'])
    .where('contest_id', '=', contestId)
    .orderBy('number')
    .execute();
  return { ...contest, rounds };
}

export type PublishedContest = NonNullable<Awaited<ReturnType<typeof readPublishedContest>>>;

// A published contest never changes (no route edits or unpublishes one; exclusions live in their own
// table and are read where they apply), so each process keeps it a little while instead of reading
// it on every registration and start of a rush. A draft or a missing contest is never kept: one
// published a moment later is seen at once.
const KEEP_MS = 10_000;
const kept = new WeakMap<
  Kysely<Database>,
  Map<string, { until: number; contest: Promise<PublishedContest | null> }>
>();

/**
 * A contest the public may see (published), with its organiser's path (the subtree its participants
 * name their body in) and its rounds in order; 404 otherwise, a draft looking like a missing contest.
 */
export async function loadPublishedContest(
  db: Kysely<Database>,
  contestId: string,
): Promise<PublishedContest> {
  let contests = kept.get(db);
  if (!contests) {
    contests = new Map();
    kept.set(db, contests);
  }
  const at = performance.now();
  let entry = contests.get(contestId);
  if (!entry || entry.until < at) {
    entry = { until: at + KEEP_MS, contest: readPublishedContest(db, contestId) };
    contests.set(contestId, entry);
    const reading = entry;
    reading.contest.then(
      (found) => {
        if (!found && contests.get(contestId) === reading) contests.delete(contestId);
      },
      () => {
        if (contests.get(contestId) === reading) contests.delete(contestId);
      },
    );
  }
  const contest = await entry.contest;
  if (!contest) throw notFound('cuộc thi');
  return contest;
}

/** The round open at `now` (from its opening to its close), or undefined. */
export const roundOpenAt = (contest: PublishedContest, now: Date) =>
  contest.rounds.find((round) => round.opens_at <= now && now <= round.closes_at);

/** The close of the contest's last round (ms since the epoch). */
export const lastRoundClose = (contest: PublishedContest) =>
  Math.max(...contest.rounds.map((round) => round.closes_at.getTime()));
