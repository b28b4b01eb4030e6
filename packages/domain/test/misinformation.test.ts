import { describe, expect, it } from 'vitest';
import {
  correctionAllowed,
  linkHost,
  MISINFORMATION_AGES,
  MISINFORMATION_STATUSES,
  misinformationAge,
  misinformationAgeRange,
  misinformationStatusAfter,
  misinformationStepAllowed,
} from '../src/public/misinformation.ts';

const now = new Date('2026-05-12T09:00:00+07:00');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe('the age of a case', () => {
  it('groups cases under 24 hours, 1 to 3 days, and older', () => {
    expect(misinformationAge(hoursAgo(0), now)).toBe('day');
    expect(misinformationAge(hoursAgo(23.9), now)).toBe('day');
    expect(misinformationAge(hoursAgo(24), now)).toBe('days');
    expect(misinformationAge(hoursAgo(71.9), now)).toBe('days');
    expect(misinformationAge(hoursAgo(72), now)).toBe('older');
    // A report stamped a moment ahead of the reader's clock is new, not old.
    expect(misinformationAge(hoursAgo(-1), now)).toBe('day');
  });

  it('turns each bucket into the same range of report times the list filters on', () => {
    for (const hours of [0, 5, 23.99, 24, 50, 71.99, 72, 400]) {
      const at = hoursAgo(hours);
      const matching = MISINFORMATION_AGES.filter((age) => {
        const { after, until } = misinformationAgeRange(age, now);
        return (!after || at > after) && (!until || at <= until);
      });
      expect(matching).toEqual([misinformationAge(at, now)]);
    }
  });
});

describe('the steps of a case', () => {
  it('moves new → verifying → responded → closed, and nothing changes a closed case', () => {
    expect(misinformationStatusAfter('new', 'triage')).toBe('verifying');
    expect(misinformationStatusAfter('verifying', 'respond')).toBe('responded');
    expect(misinformationStatusAfter('responded', 'bulletin')).toBe('responded');
    expect(misinformationStatusAfter('responded', 'close')).toBe('closed');
    expect(misinformationStatusAfter('verifying', 'assign')).toBe('verifying');
    for (const step of ['assign', 'triage', 'respond', 'bulletin', 'close'] as const) {
      expect(misinformationStepAllowed('closed', step)).toBe(false);
    }
    expect(misinformationStepAllowed('new', 'respond')).toBe(false);
    expect(misinformationStepAllowed('verifying', 'bulletin')).toBe(false);
    expect(misinformationStepAllowed('responded', 'triage')).toBe(false);
    expect(MISINFORMATION_STATUSES).toEqual(['new', 'verifying', 'responded', 'closed']);
  });

  it('publishes a correction only for what was found false, misleading or hostile', () => {
    expect(correctionAllowed('false')).toBe(true);
    expect(correctionAllowed('hostile')).toBe(true);
    expect(correctionAllowed('not_false')).toBe(false);
    expect(correctionAllowed(null)).toBe(false);
  });
});

describe('the host of a reported link', () => {
  it('names the site as text, and nothing for what is not a web address', () => {
    expect(linkHost('https://www.facebook.com/groups/x/posts/1')).toBe('facebook.com');
    expect(linkHost('http://tiktok.com/@a/video/1')).toBe('tiktok.com');
    expect(linkHost('javascript:alert(1)')).toBe('');
    expect(linkHost('')).toBe('');
    expect(linkHost('https://')).toBe('');
  });
});
