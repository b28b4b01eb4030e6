import { describe, expect, it } from 'vitest';
import {
  acceptsProposals,
  canReviewProposal,
  normalizeContactPhone,
} from '../src/public/science-problems.ts';

describe('acceptsProposals', () => {
  it('takes proposals while open, up to the end of the deadline day', () => {
    const problem = { status: 'open' as const, deadline: '2026-09-30' };
    expect(acceptsProposals(problem, '2026-09-29')).toBe(true);
    expect(acceptsProposals(problem, '2026-09-30')).toBe(true);
    expect(acceptsProposals(problem, '2026-10-01')).toBe(false);
  });

  it('takes none as a draft or once closed', () => {
    expect(acceptsProposals({ status: 'draft', deadline: '2026-09-30' }, '2026-09-01')).toBe(false);
    expect(acceptsProposals({ status: 'closed', deadline: '2026-09-30' }, '2026-09-01')).toBe(false);
  });
});

describe('canReviewProposal', () => {
  it('moves a proposal to another decision while the problem is open', () => {
    expect(canReviewProposal('open', 'received', 'shortlisted')).toBe(true);
    expect(canReviewProposal('open', 'shortlisted', 'selected')).toBe(true);
    expect(canReviewProposal('open', 'not_selected', 'shortlisted')).toBe(true);
  });

  it('refuses the same decision again and any change once the problem is closed', () => {
    expect(canReviewProposal('open', 'selected', 'selected')).toBe(false);
    expect(canReviewProposal('closed', 'received', 'shortlisted')).toBe(false);
  });
});

describe('normalizeContactPhone', () => {
  it('keeps mobiles and landlines with their area code in E.164', () => {
    expect(normalizeContactPhone('0912 345 678')).toEqual({ ok: true, value: '+84912345678' });
    expect(normalizeContactPhone('+84 912.345.678')).toEqual({ ok: true, value: '+84912345678' });
    expect(normalizeContactPhone('0207 3822 123')).toEqual({ ok: true, value: '+842073822123' });
    expect(normalizeContactPhone('(024) 3825 6789')).toEqual({ ok: true, value: '+842438256789' });
  });

  it('refuses what is not a Vietnamese number, saying what to type', () => {
    for (const bad of ['12345', '0912 345', '0112 345 6789', 'gọi tôi', '+1 202 555 0100']) {
      const result = normalizeContactPhone(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain('ví dụ 0912 345 678');
    }
  });
});
