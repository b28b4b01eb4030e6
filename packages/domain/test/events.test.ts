import { describe, expect, it } from 'vitest';
import {
  countRefusal,
  eventYear,
  holdRefusal,
  KEY_DAY_CODES,
  KEY_DAY_NAMES,
  keyDayCompleteness,
  keyDayDate,
  keyDayEventTitle,
  keyDayShellTitle,
  keyDayStanding,
  mayInvite,
} from '../src/events/events.ts';

describe('key days', () => {
  it('falls on its day of the year, named as plans write it', () => {
    expect(keyDayDate('science_day', 2026)).toBe('2026-05-18');
    expect(keyDayDate('innovation_day', 2027)).toBe('2027-10-01');
    expect(keyDayDate('digital_day', 2026)).toBe('2026-10-10');
    for (const day of KEY_DAY_CODES) expect(KEY_DAY_NAMES[day]).toMatch(/^Ngày /);
  });

  it('titles the shells and the asking body’s event with the day written dd/mm/yyyy', () => {
    expect(keyDayShellTitle('innovation_day', 2026, 'Xã Hòa An')).toBe(
      'Hưởng ứng Ngày Đổi mới sáng tạo Việt Nam 01/10/2026 – Xã Hòa An',
    );
    expect(keyDayEventTitle('science_day', 2026)).toBe(
      'Kỷ niệm Ngày Khoa học và Công nghệ Việt Nam 18/05/2026',
    );
    expect(keyDayShellTitle('digital_day', 2026, 'Xã Hòa An').normalize('NFC')).toBe(
      keyDayShellTitle('digital_day', 2026, 'Xã Hòa An'),
    );
  });
});

describe("an event's life", () => {
  const planned = { status: 'planned' as const, startsOn: '2026-10-01' };

  it('is held only when planned, and not before its first day', () => {
    expect(holdRefusal(planned, '2026-09-30')).toBe('not_started');
    expect(holdRefusal(planned, '2026-10-01')).toBeNull();
    expect(holdRefusal(planned, '2026-11-20')).toBeNull();
    expect(holdRefusal({ ...planned, status: 'held' }, '2026-11-20')).toBe('not_planned');
    expect(holdRefusal({ ...planned, status: 'cancelled' }, '2026-11-20')).toBe('not_planned');
  });

  it('counts its people from its day on, or once held, never once cancelled', () => {
    expect(countRefusal(planned, '2026-09-30')).toBe('not_started');
    expect(countRefusal(planned, '2026-10-01')).toBeNull();
    expect(countRefusal({ ...planned, status: 'held' }, '2026-09-30')).toBeNull();
    expect(countRefusal({ ...planned, status: 'cancelled' }, '2026-10-05')).toBe('cancelled');
  });

  it('belongs to the year of its first day', () => {
    expect(eventYear('2026-12-31')).toBe(2026);
  });

  it('invites bodies strictly inside its organiser’s subtree', () => {
    const province = '/vn/08/';
    expect(mayInvite(province, '/vn/08/02353/')).toBe(true);
    expect(mayInvite(province, '/vn/08/so-khcn/')).toBe(true);
    expect(mayInvite(province, province)).toBe(false);
    expect(mayInvite(province, '/vn/01/00001/')).toBe(false);
    expect(mayInvite('/vn/08/02353/', '/vn/08/')).toBe(false);
  });
});

describe('key-day completeness', () => {
  const today = '2026-10-05';

  it('says where each required body stands', () => {
    expect(keyDayStanding(null, today)).toBe('missing');
    expect(keyDayStanding({ status: 'held', endsOn: '2026-10-01' }, today)).toBe('held');
    expect(keyDayStanding({ status: 'cancelled', endsOn: '2026-10-01' }, today)).toBe('cancelled');
    expect(keyDayStanding({ status: 'planned', endsOn: '2026-10-05' }, today)).toBe('planned');
    expect(keyDayStanding({ status: 'planned', endsOn: '2026-10-01' }, today)).toBe('overdue');
  });

  it('counts them, the rate being those held over those expected', () => {
    expect(keyDayCompleteness(['held', 'held', 'planned', 'overdue', 'missing'])).toEqual({
      expected: 5,
      held: 2,
      planned: 1,
      overdue: 1,
      cancelled: 0,
      missing: 1,
      rate: 0.4,
    });
    expect(keyDayCompleteness([]).rate).toBeNull();
  });
});
