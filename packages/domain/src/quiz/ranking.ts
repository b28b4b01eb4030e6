import { compareCodeUnits } from './order.ts';

// Ranking of one round, as the contest rules publish it: more correct answers first, then the
// prediction of the number of participants closest to the actual number, then the shorter
// duration, then the earlier submission. Each participant is ranked by their best attempt under
// that same ordering. The attempt id settles what is left so the ranking is total and reproducible.

export interface RoundAttempt {
  participantId: string;
  attemptId: string;
  correct: number;
  /** Predicted number of participants in the round; null when left blank. */
  prediction: number | null;
  durationMs: number;
  /** ISO timestamp of the submission. */
  submittedAt: string;
}

export interface RankedEntry extends RoundAttempt {
  /** 1-based, no ties. */
  rank: number;
  /** |prediction − actual participants|; null when the prediction was left blank. */
  predictionDistance: number | null;
  /** How many attempts the participant made in the round. */
  attempts: number;
}

type Comparable = RoundAttempt & { predictionDistance: number | null };

function compareRanked(a: Comparable, b: Comparable): number {
  if (a.correct !== b.correct) return b.correct - a.correct;
  if (a.predictionDistance !== b.predictionDistance) {
    // A blank prediction ranks after any prediction, however far off.
    if (a.predictionDistance === null) return 1;
    if (b.predictionDistance === null) return -1;
    return a.predictionDistance - b.predictionDistance;
  }
  if (a.durationMs !== b.durationMs) return a.durationMs - b.durationMs;
  const bySubmission = compareInstants(a.submittedAt, b.submittedAt);
  if (bySubmission !== 0) return bySubmission;
  return compareCodeUnits(a.attemptId, b.attemptId) || compareCodeUnits(a.participantId, b.participantId);
}

// Instants, not strings: '2026-06-07T10:00:00+07:00' is earlier than '2026-06-07T04:00:01Z'.
function compareInstants(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return compareCodeUnits(a, b);
  return ta - tb;
}

/**
 * Ranks the participants of a round. `actualParticipants` is the number of people who took part in
 * the round (the answer to the prediction question), counted by the caller.
 */
export function rankRound(attempts: readonly RoundAttempt[], actualParticipants: number): RankedEntry[] {
  if (!Number.isInteger(actualParticipants) || actualParticipants < 0) {
    throw new RangeError(`actualParticipants must be a non-negative integer, got ${actualParticipants}`);
  }
  const best = new Map<string, { attempt: Comparable; attempts: number }>();
  for (const attempt of attempts) {
    const candidate: Comparable = {
      ...attempt,
      predictionDistance:
        attempt.prediction === null ? null : Math.abs(attempt.prediction - actualParticipants),
    };
    const current = best.get(attempt.participantId);
    if (!current) best.set(attempt.participantId, { attempt: candidate, attempts: 1 });
    else {
      current.attempts++;
      if (compareRanked(candidate, current.attempt) < 0) current.attempt = candidate;
    }
  }
  return [...best.values()]
    .sort((x, y) => compareRanked(x.attempt, y.attempt))
    .map(({ attempt, attempts: count }, index) => ({ ...attempt, attempts: count, rank: index + 1 }));
}

export interface PrizeTier {
  name: string;
  count: number;
}

export interface PrizeAward {
  tier: string;
  winners: RankedEntry[];
}

/**
 * Hands out prizes down the ranking: the first tier takes the top `count` participants, the next
 * tier the following ones, and so on. With fewer participants than prizes the lower tiers come out
 * short or empty.
 */
export function awardPrizes(ranked: readonly RankedEntry[], tiers: readonly PrizeTier[]): PrizeAward[] {
  const queue = [...ranked].sort((a, b) => a.rank - b.rank);
  let next = 0;
  return tiers.map(({ name, count }) => {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`Số giải «${name}» phải là số nguyên không âm (đang là ${count}).`);
    }
    const winners = queue.slice(next, next + count);
    next += winners.length;
    return { tier: name, winners };
  });
}

export interface ParticipantBodyResult {
  participantId: string;
  /** The body or commune the participant registered with. */
  bodyId: string;
  attempts: number;
  bestCorrect: number;
}

export interface BodyTally {
  bodyId: string;
  participants: number;
  attempts: number;
  /** Mean of each participant's best score (not of all attempts), unrounded. */
  meanScore: number;
}

/**
 * Tallies per body or commune, in order of first appearance. The mean is over participants' best
 * scores, so a body is not pulled down by people practising with many attempts. A participant
 * listed twice for the same body counts once (attempts added, best score kept).
 */
export function tallyByBody(entries: readonly ParticipantBodyResult[]): BodyTally[] {
  const bodies = new Map<string, Map<string, { attempts: number; bestCorrect: number }>>();
  for (const { participantId, bodyId, attempts, bestCorrect } of entries) {
    const participants = bodies.get(bodyId) ?? new Map<string, { attempts: number; bestCorrect: number }>();
    bodies.set(bodyId, participants);
    const seen = participants.get(participantId);
    if (!seen) participants.set(participantId, { attempts, bestCorrect });
    else {
      seen.attempts += attempts;
      seen.bestCorrect = Math.max(seen.bestCorrect, bestCorrect);
    }
  }
  return [...bodies].map(([bodyId, participants]) => {
    let attempts = 0;
    let scoreSum = 0;
    for (const result of participants.values()) {
      attempts += result.attempts;
      scoreSum += result.bestCorrect;
    }
    return { bodyId, participants: participants.size, attempts, meanScore: scoreSum / participants.size };
  });
}
