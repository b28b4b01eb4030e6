import { describe, expect, it } from 'vitest';
import { broadcastReach, formatDurationVi, type StationAudience } from '../../src/broadcast/index.ts';

describe('broadcastReach', () => {
  const stations: StationAudience[] = [
    { stationId: 'a', bodyPath: '/tq/huyen-1/xa-a/', listeners: 4000 },
    { stationId: 'b', bodyPath: '/tq/huyen-1/xa-b/', listeners: 6000 },
    { stationId: 'c', bodyPath: '/tq/huyen-2/xa-c/', listeners: 10000 },
    { stationId: 'd', bodyPath: '/tq/huyen-10/xa-d/', listeners: 0 },
  ];
  const cases: [string, string[], string | undefined, { reached: number; total: number }][] = [
    ['nobody aired', [], undefined, { reached: 0, total: 20000 }],
    ['every station aired', ['a', 'b', 'c', 'd'], undefined, { reached: 20000, total: 20000 }],
    ['two of four', ['a', 'c'], undefined, { reached: 14000, total: 20000 }],
    [
      'an aired id that is not a listed station counts nothing',
      ['a', 'zz'],
      undefined,
      { reached: 4000, total: 20000 },
    ],
    ['within one district', ['a', 'c'], '/tq/huyen-1/', { reached: 4000, total: 10000 }],
    [
      'a path without its trailing slash does not take huyen-10 for huyen-1',
      ['d'],
      '/tq/huyen-1',
      { reached: 0, total: 10000 },
    ],
    ['a commune on its own', ['b'], '/tq/huyen-1/xa-b/', { reached: 6000, total: 6000 }],
    ['nothing under the path', ['a'], '/sl/', { reached: 0, total: 0 }],
  ];
  it.each(cases)('%s', (_name, aired, atPath, expected) => {
    expect(broadcastReach(stations, new Set(aired), atPath)).toEqual(expected);
  });

  it('counts a station listed twice once', () => {
    const first = stations[0] as StationAudience;
    expect(broadcastReach([first, { ...first, listeners: 99 }], new Set(['a']))).toEqual({
      reached: 4000,
      total: 4000,
    });
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %s listeners', (listeners) => {
    expect(() => broadcastReach([{ stationId: 'a', bodyPath: '/tq/', listeners }], new Set())).toThrow(
      RangeError,
    );
  });
});

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
