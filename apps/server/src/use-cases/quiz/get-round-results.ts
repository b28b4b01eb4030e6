import { type Database, recordAudit } from '@lantoa/db';
import { awardPrizes, isRoundSettled, rankRound, roundSettlesAt, tallyByBody } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../http/errors.ts';

type Db = Kysely<Database>;

export interface ResultEntry {
  rank: number;
  name: string;
  citizenId: string;
  body: string;
  correct: number;
  total: number;
  prediction: number | null;
  predictionDistance: number | null;
  durationMs: number;
  attempts: number;
}

export interface RoundResults {
  round: { number: number; closesAt: string };
  participants: number;
  ranking: ResultEntry[];
  winners: { tier: string; winners: ResultEntry[] }[];
  tallies: { bodyId: string; participants: number; attempts: number; meanScore: number; body: string }[];
}

interface Contest {
  id: string;
  body_id: string;
  prize_tiers: unknown;
}
interface Round {
  id: string;
  number: number;
  closes_at: Date;
}

/**
 * The ranking (best submitted attempt per participant), winners by prize tier and tallies by body,
 * from the data as it stands once the round has settled. Participants excluded by the organiser
 * before then are not part of the round: not ranked, not counted among the participants (the
 * answer to the prediction) nor in the tallies.
 */
async function computeResults(db: Db, contest: Contest, round: Round): Promise<RoundResults> {
  const settlesAt = new Date(roundSettlesAt(round.closes_at.getTime()));
  const rows = await db
    .selectFrom('quiz_attempts as attempt')
    .innerJoin('quiz_participants as participant', 'participant.id', 'attempt.participant_id')
    .innerJoin('bodies as body', 'body.id', 'participant.body_id')
    .leftJoin('quiz_exclusions as exclusion', (join) =>
      join
        .onRef('exclusion.contest_id', '=', 'participant.contest_id')
        .onRef('exclusion.citizen_key', '=', 'participant.citizen_key')
        .on('exclusion.created_at', '<=', settlesAt),
    )
    .select([
      'attempt.id',
      'attempt.participant_id',
      'attempt.correct',
      'attempt.total',
      'attempt.prediction',
      'attempt.duration_ms',
      'attempt.submitted_at',
      'participant.full_name',
      'participant.citizen_mask',
      'participant.body_id',
      'body.name as body_name',
    ])
    .where('attempt.round_id', '=', round.id)
    .where('attempt.submitted_at', 'is not', null)
    .where('exclusion.citizen_key', 'is', null)
    .execute();
  const actual = new Set(rows.map((r) => r.participant_id)).size;
  const ranked = rankRound(
    rows.map((r) => ({
      participantId: r.participant_id,
      attemptId: r.id,
      correct: r.correct ?? 0,
      prediction: r.prediction,
      durationMs: r.duration_ms ?? 0,
      submittedAt: (r.submitted_at as Date).toISOString(),
    })),
    actual,
  );
  const who = new Map(rows.map((r) => [r.participant_id, r]));
  const entry = (e: (typeof ranked)[number]): ResultEntry => {
    const p = who.get(e.participantId);
    return {
      rank: e.rank,
      name: p?.full_name ?? '',
      citizenId: p?.citizen_mask ?? '',
      body: p?.body_name ?? '',
      correct: e.correct,
      total: p?.total ?? 0,
      prediction: e.prediction,
      predictionDistance: e.predictionDistance,
      durationMs: e.durationMs,
      attempts: e.attempts,
    };
  };
  const tiers = contest.prize_tiers as { name: string; count: number }[];
  const tallies = tallyByBody(
    ranked.map((e) => ({
      participantId: e.participantId,
      bodyId: who.get(e.participantId)?.body_id ?? '',
      attempts: e.attempts,
      bestCorrect: e.correct,
    })),
  );
  const bodyNames = new Map(rows.map((r) => [r.body_id, r.body_name]));
  return {
    round: { number: round.number, closesAt: round.closes_at.toISOString() },
    participants: actual,
    ranking: ranked.map(entry),
    winners: awardPrizes(ranked, tiers).map((t) => ({ tier: t.tier, winners: t.winners.map(entry) })),
    tallies: tallies.map((t) => ({ ...t, body: bodyNames.get(t.bodyId) ?? '' })),
  };
}

/**
 * A settled round's results, published once: the first request after the round settles computes
 * them and stores them, and everyone (public and organiser, page and workbook) gets that stored
 * copy from then on, so the published ranking, winners and names never change, whatever happens
 * to participants, bodies or exclusions afterwards. Before the round settles: 409.
 */
export async function getRoundResults(
  db: Db,
  contestId: string,
  roundNumber: number,
  now = new Date(),
): Promise<RoundResults> {
  const contest = await db
    .selectFrom('quiz_contests')
    .select(['id', 'body_id', 'prize_tiers'])
    .where('id', '=', contestId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  const round = contest
    ? await db
        .selectFrom('quiz_rounds')
        .select(['id', 'number', 'closes_at'])
        .where('contest_id', '=', contestId)
        .where('number', '=', roundNumber)
        .executeTakeFirst()
    : undefined;
  if (!contest || !round) throw notFound('vòng thi');
  if (!isRoundSettled(round.closes_at.getTime(), now.getTime()))
    throw new AppError('conflict', 'Vòng thi chưa kết thúc. Kết quả được công bố sau khi vòng thi đóng.');
  const published = () =>
    db.selectFrom('quiz_round_results').select('results').where('round_id', '=', round.id).executeTakeFirst();
  const stored = await published();
  if (stored) return stored.results as RoundResults;

  const results = await computeResults(db, contest, round);
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('quiz_round_results')
      .values({ round_id: round.id, results: JSON.stringify(results), published_at: now })
      .onConflict((oc) => oc.column('round_id').doNothing())
      .returning('round_id')
      .executeTakeFirst();
    // Published by the system (the first reader after the close), recorded for the organiser.
    if (inserted) {
      await recordAudit(trx, {
        actorId: null,
        bodyId: contest.body_id,
        action: 'quiz_round.results_publish',
        entityType: 'quiz_round',
        entityId: round.id,
        after: {
          round: round.number,
          participants: results.participants,
          winners: results.winners.map((t) => ({ tier: t.tier, names: t.winners.map((w) => w.name) })),
        },
      });
    }
  });
  // Two first readers at once: both return the copy that was stored first.
  return ((await published())?.results ?? results) as RoundResults;
}
