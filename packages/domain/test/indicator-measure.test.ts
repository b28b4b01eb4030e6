import { describe, expect, it } from 'vitest';
import { progressAgainstTarget, rollUp } from '../src/reports/rollup.ts';
import {
  measuredValue,
  measureOfUnit,
  VALUE_PROBLEM_FIELD,
  VALUE_PROBLEM_MESSAGES,
  valueProblem,
  withUnit,
} from '../src/reports/values.ts';

describe('the measure of an indicator', () => {
  it.each([
    ['%', 'ratio'],
    ['', 'ratio'],
    ['dự án', 'count'],
    ['lượt người', 'count'],
  ])('takes unit "%s" as a %s', (unit, measure) => {
    expect(measureOfUnit(unit)).toBe(measure);
  });

  it('writes a percent sign glued to the figure and a counted noun after a space', () => {
    expect(withUnit('83,5', '%')).toBe('83,5%');
    expect(withUnit('1.250', 'lượt người')).toBe('1.250 lượt người');
    expect(withUnit('7', '')).toBe('7');
  });

  it('values a ratio as its percentage and a count as its figure', () => {
    expect(measuredValue('ratio', { numerator: 45, denominator: 60 })).toBe(75);
    expect(measuredValue('ratio', { numerator: 0, denominator: 0 })).toBeNull();
    expect(measuredValue('count', { numerator: 1250, denominator: null })).toBe(1250);
    expect(measuredValue('count', { numerator: 0, denominator: null, reporting: 0 })).toBeNull();
    expect(measuredValue('count', { numerator: 0, denominator: null, reporting: 2 })).toBe(0);
  });
});

describe('valueProblem of a count', () => {
  it.each([
    [{ numerator: 0, denominator: null }, null],
    [{ numerator: 12, denominator: undefined }, null],
    [{ numerator: 2, denominator: 4 }, 'countDenominator'],
    [{ numerator: -1, denominator: null }, 'count'],
    [{ numerator: 1.5, denominator: null }, 'count'],
    [{ numerator: Number.POSITIVE_INFINITY, denominator: null }, 'count'],
    [{ numerator: Number.NaN, denominator: null }, 'count'],
  ])('finds %o %s', (value, problem) => {
    expect(valueProblem(value, 'count')).toBe(problem);
  });

  it('still wants a ratio to have a denominator', () => {
    expect(valueProblem({ numerator: 2, denominator: null })).toBe('denominator');
    expect(valueProblem({ numerator: 2, denominator: 4 }, 'ratio')).toBeNull();
  });

  it('says each problem in Vietnamese and English, about the field it concerns', () => {
    expect(VALUE_PROBLEM_FIELD.count).toBe('numerator');
    expect(VALUE_PROBLEM_FIELD.countDenominator).toBe('denominator');
    for (const { vi, en } of Object.values(VALUE_PROBLEM_MESSAGES)) {
      expect(vi).toBe(vi.normalize('NFC'));
      expect(vi).toMatch(/Hãy/);
      expect(en).not.toBe('');
    }
  });
});

describe('rollUp of a count', () => {
  const counts = [
    { bodyPath: '/vn/tq/', numerator: 1, denominator: null },
    { bodyPath: '/vn/tq/xa-a/', numerator: 3, denominator: null },
    { bodyPath: '/vn/tq/xa-b/', numerator: 0, denominator: null },
    { bodyPath: '/vn/tq/xa-c/', numerator: 2.5, denominator: null }, // data error: a fraction
    { bodyPath: '/vn/tq/xa-d/', numerator: 4, denominator: 10 }, // data error: a denominator
    { bodyPath: '/vn/hg/xa-e/', numerator: 7, denominator: null }, // another province
  ];

  it('sums the counts of the subtree, the body own one included', () => {
    expect(rollUp(counts, '/vn/tq/', 'count')).toEqual({
      numerator: 4,
      denominator: 0,
      value: 4,
      reporting: 3,
      invalid: 2,
    });
    expect(rollUp(counts, '/vn/', 'count')).toMatchObject({ value: 11, reporting: 4 });
  });

  it('has no value where nobody reported, and 0 where they reported none', () => {
    expect(rollUp(counts, '/vn/tq/xa-c/', 'count')).toMatchObject({ value: null, reporting: 0, invalid: 1 });
    expect(rollUp(counts, '/vn/tq/xa-b/', 'count')).toMatchObject({ value: 0, reporting: 1 });
  });

  it('measures progress in things counted', () => {
    expect(progressAgainstTarget(4, { comparator: '>=', value: 2 })).toEqual({ met: true, ratio: 2, gap: 0 });
    expect(progressAgainstTarget(1, { comparator: '>=', value: 50 })).toMatchObject({ met: false, gap: 49 });
  });
});
