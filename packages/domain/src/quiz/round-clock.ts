// When things may happen in a round, on the server's clock (instants as epoch milliseconds).
//
// An attempt runs from its start to its deadline: the time limit, cut at the round's close, so no
// attempt outlives its round. Answers and submissions arriving up to ANSWER_GRACE_MS after the
// deadline still count (network, a phone waking up), which for the last attempts of a round means
// up to ANSWER_GRACE_MS after the close. The round is *settled* once that grace is over: from then
// on nothing can start, be answered or submitted in it, so its results, published only from then
// on, are final. Questions can be drawn again in any later round of the contest, so their answer
// key and explanations stay hidden until the last round has settled.

/** Answers and submissions arriving this long after the deadline (network, clock skew) still count. */
export const ANSWER_GRACE_MS = 5_000;

/** The deadline of an attempt started at `startedAt`: its time limit, never past the round's close. */
export function attemptDeadline(startedAt: number, timeLimitSeconds: number, roundClosesAt: number): number {
  return Math.min(startedAt + timeLimitSeconds * 1000, roundClosesAt);
}

/**
 * The last instant an answer to the attempt counts, and a submission is taken: the deadline plus
 * the grace. The deadline is cut at the round's close again, for attempts stored before the cut.
 */
export function answerCutoff(deadlineAt: number, roundClosesAt: number): number {
  return Math.min(deadlineAt, roundClosesAt) + ANSWER_GRACE_MS;
}

/** The instant after which nothing in the round can change: its close plus the grace. */
export function roundSettlesAt(roundClosesAt: number): number {
  return roundClosesAt + ANSWER_GRACE_MS;
}

/** Whether the round's results are final (and may be published). */
export function isRoundSettled(roundClosesAt: number, now: number): boolean {
  return now > roundSettlesAt(roundClosesAt);
}

/**
 * Whether the answer key and explanations may be shown: only once every round of the contest has
 * settled, since a question of an earlier round may be drawn again in a later one.
 */
export function answerKeysRevealed(roundClosesAt: readonly number[], now: number): boolean {
  return roundClosesAt.length > 0 && roundClosesAt.every((closesAt) => isRoundSettled(closesAt, now));
}
