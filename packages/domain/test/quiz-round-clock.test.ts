import { describe, expect, it } from 'vitest';
import {
  ANSWER_GRACE_MS,
  answerCutoff,
  answerKeysRevealed,
  attemptDeadline,
  isRoundSettled,
  roundSettlesAt,
} from '../src/index.ts';

const at = (iso: string) => Date.parse(iso);
const CLOSES = at('2026-06-07T16:59:59Z');

describe('the clock of a round', () => {
  it('gives an attempt its time limit, cut at the round’s close', () => {
    expect(attemptDeadline(at('2026-06-03T03:00:00Z'), 600, CLOSES)).toBe(at('2026-06-03T03:10:00Z'));
    expect(attemptDeadline(CLOSES - 120_000, 600, CLOSES)).toBe(CLOSES);
  });

  it('counts answers up to the grace after the deadline, never later than the grace after the close', () => {
    const deadline = at('2026-06-03T03:10:00Z');
    expect(answerCutoff(deadline, CLOSES)).toBe(deadline + ANSWER_GRACE_MS);
    // An attempt stored with a deadline past the close (before the cut existed).
    expect(answerCutoff(CLOSES + 300_000, CLOSES)).toBe(CLOSES + ANSWER_GRACE_MS);
  });

  it('settles the round once the grace after its close is over, and not a moment before', () => {
    expect(roundSettlesAt(CLOSES)).toBe(CLOSES + ANSWER_GRACE_MS);
    expect(isRoundSettled(CLOSES, CLOSES + ANSWER_GRACE_MS)).toBe(false);
    expect(isRoundSettled(CLOSES, CLOSES + ANSWER_GRACE_MS + 1)).toBe(true);
  });

  it('reveals answer keys only once every round of the contest has settled', () => {
    const week2 = CLOSES + 7 * 86_400_000;
    expect(answerKeysRevealed([CLOSES, week2], CLOSES + 60_000)).toBe(false);
    expect(answerKeysRevealed([week2, CLOSES], week2 + ANSWER_GRACE_MS + 1)).toBe(true);
    expect(answerKeysRevealed([], week2)).toBe(false);
  });
});
