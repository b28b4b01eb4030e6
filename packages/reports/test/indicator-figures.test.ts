import { describe, expect, it } from 'vitest';
import { formatIndicatorTarget, formatIndicatorValue } from '../src/consolidated-report.ts';

describe('an indicator figure in the consolidated report', () => {
  it('writes a percentage with its sign and a count with its unit, in Vietnamese separators', () => {
    expect(formatIndicatorValue(83.5, '%')).toBe('83,5%');
    expect(formatIndicatorValue(1250, 'lượt người')).toBe('1.250 lượt người');
    expect(formatIndicatorValue(2, 'dự án')).toBe('2 dự án');
  });

  it('writes a target against either, never a count with a percent sign', () => {
    expect(formatIndicatorTarget({ comparator: '>=', value: 2, year: 2026 }, 'dự án')).toBe(
      '≥ 2 dự án (2026)',
    );
    expect(formatIndicatorTarget({ comparator: '>=', value: 80, year: 2026 }, '%')).toBe('≥ 80% (2026)');
    expect(formatIndicatorTarget({ comparator: '=', value: 100, year: null }, '%')).toBe('100%');
    expect(formatIndicatorTarget({ comparator: '<=', value: 1000, year: null }, 'tin, bài')).toBe(
      '≤ 1.000 tin, bài',
    );
  });
});
