import { describe, expect, it } from 'vitest';
import { formatDurationVi } from '../../src/broadcast/index.ts';

describe('formatDurationVi', () => {
  it.each([
    [0, '0 giây'],
    [5, '5 giây'],
    [45, '45 giây'],
    [59.6, '1 phút'],
    [60, '1 phút'],
    [65, '1 phút 05 giây'],
    [125, '2 phút 05 giây'],
    [900, '15 phút'],
    [1025, '17 phút 05 giây'],
    [3600, '1 giờ'],
    [3605, '1 giờ 00 phút 05 giây'],
    [3900, '1 giờ 05 phút'],
    [7325, '2 giờ 02 phút 05 giây'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDurationVi(seconds)).toBe(text);
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %s', (seconds) => {
    expect(() => formatDurationVi(seconds)).toThrow(RangeError);
  });
});
