import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_REJECT_REASONS,
  feedbackAgeRange,
  feedbackDueOn,
  feedbackStepAllowed,
  feedbackViewOf,
  isFeedbackOverdue,
  moderationReasonText,
  readModerationReason,
} from '../src/public/feedback.ts';

describe('citizens’ feedback rules', () => {
  it('counts the deadline in calendar days from the day it is routed', () => {
    expect(feedbackDueOn('2026-05-12', 15)).toBe('2026-05-27');
    expect(feedbackDueOn('2026-12-25', 15)).toBe('2027-01-09');
  });

  it('is overdue only while routed and past its last day', () => {
    expect(isFeedbackOverdue('routed', '2026-05-27', '2026-05-27')).toBe(false);
    expect(isFeedbackOverdue('routed', '2026-05-27', '2026-05-28')).toBe(true);
    expect(isFeedbackOverdue('answered', '2026-05-27', '2026-06-28')).toBe(false);
    expect(isFeedbackOverdue('routed', null, '2026-06-28')).toBe(false);
  });

  it('puts each item in one tab', () => {
    expect(feedbackViewOf('received', null, '2026-05-12')).toBe('new');
    expect(feedbackViewOf('routed', '2026-05-27', '2026-05-12')).toBe('in_progress');
    expect(feedbackViewOf('routed', '2026-05-27', '2026-05-28')).toBe('overdue');
    expect(feedbackViewOf('answered', '2026-05-27', '2026-05-28')).toBe('answered');
    expect(feedbackViewOf('published', null, '2026-05-28')).toBe('published');
    expect(feedbackViewOf('rejected', null, '2026-05-28')).toBe('rejected');
  });

  it('lets each step start only where the item’s life allows it', () => {
    expect(feedbackStepAllowed('received', 'route')).toBe(true);
    expect(feedbackStepAllowed('routed', 'route')).toBe(true);
    expect(feedbackStepAllowed('answered', 'route')).toBe(false);
    expect(feedbackStepAllowed('received', 'answer')).toBe(false);
    expect(feedbackStepAllowed('answered', 'answer')).toBe(true);
    expect(feedbackStepAllowed('published', 'answer')).toBe(false);
    expect(feedbackStepAllowed('routed', 'publish')).toBe(false);
    expect(feedbackStepAllowed('published', 'publish')).toBe(true);
    expect(feedbackStepAllowed('published', 'reject')).toBe(false);
    expect(feedbackStepAllowed('rejected', 'reject')).toBe(false);
  });

  it('keeps a refusal’s reason and note in one text, and reads it back', () => {
    for (const reason of FEEDBACK_REJECT_REASONS) {
      expect(readModerationReason(moderationReasonText(reason, ' Ghi chú: có dấu hai chấm '))).toEqual({
        reason,
        note: 'Ghi chú: có dấu hai chấm',
      });
      expect(readModerationReason(moderationReasonText(reason, ''))).toEqual({ reason, note: '' });
    }
    expect(readModerationReason('')).toBeNull();
    expect(readModerationReason('Lý do cũ')).toEqual({ reason: 'out_of_scope', note: 'Lý do cũ' });
  });

  it('cuts ages at 7 and 30 days', () => {
    const now = new Date('2026-05-31T00:00:00Z');
    expect(feedbackAgeRange('week', now)).toEqual({ after: new Date('2026-05-24T00:00:00Z') });
    expect(feedbackAgeRange('month', now)).toEqual({
      after: new Date('2026-05-01T00:00:00Z'),
      until: new Date('2026-05-24T00:00:00Z'),
    });
    expect(feedbackAgeRange('older', now)).toEqual({ until: new Date('2026-05-01T00:00:00Z') });
  });
});
