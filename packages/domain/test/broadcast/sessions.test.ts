import { describe, expect, it } from 'vitest';
import {
  MAX_SESSIONS_PER_DAY,
  type SessionTemplate,
  type SessionTemplateIssueKind,
  sessionsForDays,
  validateSessionTemplates,
} from '../../src/broadcast/index.ts';

describe('validateSessionTemplates', () => {
  const seven = Array.from({ length: MAX_SESSIONS_PER_DAY + 1 }, (_, i) => ({
    start: `${String(6 + i).padStart(2, '0')}:00`,
  }));
  const cases: [string, SessionTemplate[], SessionTemplateIssueKind[]][] = [
    ['morning and evening', [{ start: '06:00' }, { start: '17:00', maxMinutes: 30 }], []],
    [
      '15-minute default overlaps a session 10 minutes later',
      [{ start: '06:00' }, { start: '06:10' }],
      ['overlap'],
    ],
    ['ending exactly when the next starts', [{ start: '06:00' }, { start: '06:15' }], []],
    ['a longer session overlapping', [{ start: '06:00', maxMinutes: 40 }, { start: '06:30' }], ['overlap']],
    ['listed out of order', [{ start: '06:10' }, { start: '06:00' }], ['overlap']],
    ['two sessions at the same time', [{ start: '17:00' }, { start: '17:00' }], ['overlap']],
    [
      'overlapping times on different weekdays',
      [
        { start: '06:00', weekdays: [1, 3, 5] },
        { start: '06:10', weekdays: [2, 4] },
      ],
      [],
    ],
    [
      'overlap on the one shared weekday is reported once',
      [
        { start: '06:00', weekdays: [1, 3] },
        { start: '06:10', weekdays: [3] },
      ],
      ['overlap'],
    ],
    ['24:00', [{ start: '24:00' }], ['invalid_time']],
    ['6:00 without the leading zero', [{ start: '6:00' }], ['invalid_time']],
    ['06:60', [{ start: '06:60' }], ['invalid_time']],
    ['maxMinutes 0', [{ start: '06:00', maxMinutes: 0 }], ['invalid_length']],
    ['maxMinutes 61', [{ start: '06:00', maxMinutes: 61 }], ['invalid_length']],
    ['maxMinutes 1.5', [{ start: '06:00', maxMinutes: 1.5 }], ['invalid_length']],
    [
      'maxMinutes 1 and 60 are the bounds',
      [
        { start: '06:00', maxMinutes: 1 },
        { start: '17:00', maxMinutes: 60 },
      ],
      [],
    ],
    ['no weekday', [{ start: '06:00', weekdays: [] }], ['invalid_weekday']],
    ['weekday 0', [{ start: '06:00', weekdays: [0] }], ['invalid_weekday']],
    ['weekday 8', [{ start: '06:00', weekdays: [8] }], ['invalid_weekday']],
    ['runs past midnight', [{ start: '23:50' }], ['past_midnight']],
    ['ends at midnight', [{ start: '23:45' }], []],
    ['more sessions a day than allowed', seven, ['too_many']],
    ['as many sessions as allowed', seven.slice(1), []],
    [
      'a bad time is not also checked for overlaps',
      [{ start: '06:00' }, { start: '6:05' }, { start: '06:05', maxMinutes: 90 }],
      ['invalid_time', 'invalid_length'],
    ],
  ];
  it.each(cases)('%s', (_name, templates, kinds) => {
    expect(validateSessionTemplates(templates).map((i) => i.kind)).toEqual(kinds);
  });

  it('names the sessions and what to do, in Vietnamese', () => {
    const [overlap] = validateSessionTemplates([{ start: '06:00', maxMinutes: 20 }, { start: '06:10' }]);
    expect(overlap).toEqual({
      kind: 'overlap',
      templates: [0, 1],
      message:
        'Buổi 06:00 (tối đa 20 phút, đến 06:20) chồng lên buổi 06:10; hãy lùi giờ buổi 06:10 hoặc giảm thời lượng buổi 06:00.',
    });
    const [time] = validateSessionTemplates([{ start: '25:00' }]);
    expect(time?.message).toBe(
      'Buổi phát thứ 1: giờ bắt đầu "25:00" không hợp lệ; hãy nhập theo dạng HH:MM, từ 00:00 đến 23:59.',
    );
  });

  it('says on which days there are too many sessions', () => {
    const every = validateSessionTemplates(seven);
    expect(every[0]?.message).toBe(
      'Có tới 7 buổi phát mỗi ngày, nhiều hơn mức tối đa 6 buổi một ngày; hãy bỏ bớt buổi phát.',
    );
    const saturday = validateSessionTemplates(seven.map((t) => ({ ...t, weekdays: [6, 7] })));
    expect(saturday[0]?.message).toContain('vào thứ Bảy, Chủ nhật');
  });
});

describe('sessionsForDays', () => {
  it('makes every session of every day in time order with stable ids', () => {
    const sessions = sessionsForDays(
      'xa-a',
      [{ start: '17:00' }, { start: '06:00', maxMinutes: 20 }],
      '2026-06-30',
      2,
    );
    expect(sessions).toEqual([
      {
        id: 'xa-a:2026-06-30:06:00',
        stationId: 'xa-a',
        date: '2026-06-30',
        start: '06:00',
        maxSeconds: 1200,
      },
      { id: 'xa-a:2026-06-30:17:00', stationId: 'xa-a', date: '2026-06-30', start: '17:00', maxSeconds: 900 },
      {
        id: 'xa-a:2026-07-01:06:00',
        stationId: 'xa-a',
        date: '2026-07-01',
        start: '06:00',
        maxSeconds: 1200,
      },
      { id: 'xa-a:2026-07-01:17:00', stationId: 'xa-a', date: '2026-07-01', start: '17:00', maxSeconds: 900 },
    ]);
  });

  it('keeps a template to its weekdays (1 = Monday … 7 = Sunday)', () => {
    // 01/06/2026 is a Monday.
    const sessions = sessionsForDays(
      'xa-a',
      [{ start: '06:00' }, { start: '19:00', weekdays: [1, 7] }],
      '2026-06-01',
      7,
    );
    expect(sessions.filter((s) => s.start === '19:00').map((s) => s.date)).toEqual([
      '2026-06-01',
      '2026-06-07',
    ]);
    expect(sessions.filter((s) => s.start === '06:00')).toHaveLength(7);
  });

  it('gives nothing for zero days', () => {
    expect(sessionsForDays('xa-a', [{ start: '06:00' }], '2026-06-01', 0)).toEqual([]);
  });

  it.each([
    ['overlapping templates', [{ start: '06:00' }, { start: '06:05' }], '2026-06-01', 1],
    ['an impossible date', [{ start: '06:00' }], '2026-02-30', 1],
    ['a negative number of days', [{ start: '06:00' }], '2026-06-01', -1],
    ['a fractional number of days', [{ start: '06:00' }], '2026-06-01', 1.5],
  ] as [string, SessionTemplate[], string, number][])('refuses %s', (_name, templates, from, days) => {
    expect(() => sessionsForDays('xa-a', templates, from, days)).toThrow(RangeError);
  });
});
