import { describe, expect, it } from 'vitest';
import {
  canTransition,
  isReportEditable,
  REPORT_STATUSES,
  REPORT_TRANSITIONS,
  reportAbilities,
} from '../src/reports/report-status.ts';
import { percent, valueProblem } from '../src/reports/values.ts';

describe('the report’s life', () => {
  it.each([
    ['draft', 'submit', true],
    ['returned', 'submit', true],
    ['submitted', 'submit', false],
    ['accepted', 'submit', false],
    ['submitted', 'return', true],
    ['submitted', 'accept', true],
    ['draft', 'accept', false],
    ['returned', 'accept', false],
    ['accepted', 'unlock', true],
    ['submitted', 'unlock', false],
  ] as const)('from %s, %s is allowed: %s', (status, transition, allowed) => {
    expect(canTransition(status, transition)).toBe(allowed);
  });

  it('lets the body edit only a draft or a returned report', () => {
    expect(REPORT_STATUSES.filter(isReportEditable)).toEqual(['draft', 'returned']);
  });

  it('gives each side only the buttons the status allows', () => {
    const body = { edit: true, review: false };
    const reviewer = { edit: false, review: true };
    expect(reportAbilities(body, 'draft')).toEqual({
      edit: true,
      submit: true,
      review: false,
      unlock: false,
    });
    expect(reportAbilities(body, 'submitted')).toEqual({
      edit: false,
      submit: false,
      review: false,
      unlock: false,
    });
    expect(reportAbilities(reviewer, 'submitted')).toEqual({
      edit: false,
      submit: false,
      review: true,
      unlock: false,
    });
    expect(reportAbilities(reviewer, 'accepted')).toEqual({
      edit: false,
      submit: false,
      review: false,
      unlock: true,
    });
    expect(REPORT_TRANSITIONS).toHaveLength(4);
  });
});

describe('a reported value', () => {
  it('rounds its share to one decimal, and has none without a denominator', () => {
    expect(percent(45, 60)).toBe(75);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBeNull();
  });

  it('names the number to fix', () => {
    expect(valueProblem({ numerator: 3, denominator: 5 })).toBeNull();
    expect(valueProblem({ numerator: 5, denominator: 5 })).toBeNull();
    expect(valueProblem({ numerator: 0, denominator: 0 })).toBe('denominator');
    expect(valueProblem({ numerator: 1, denominator: -2 })).toBe('denominator');
    expect(valueProblem({ numerator: 6, denominator: 5 })).toBe('numerator');
    expect(valueProblem({ numerator: -1, denominator: 5 })).toBe('numerator');
    expect(valueProblem({ numerator: Number.NaN, denominator: 5 })).toBe('numerator');
  });
});
