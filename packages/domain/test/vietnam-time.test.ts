import { describe, expect, it } from 'vitest';
import {
  addDays,
  endOfDayInVietnam,
  formatIsoDate,
  formatVietnamDateTime,
  instant,
  startOfDayInVietnam,
  vietnamToday,
} from '../src/time/vietnam.ts';

describe('Vietnam time', () => {
  it('turns an instant into the Vietnam calendar day, across UTC midnight', () => {
    expect(vietnamToday(new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01');
    expect(vietnamToday(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02');
    expect(vietnamToday(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('bounds a Vietnam day by the instants at which it starts and ends', () => {
    expect(new Date(startOfDayInVietnam('2026-12-01')).toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(new Date(endOfDayInVietnam('2026-12-01')).toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(new Date(endOfDayInVietnam('0099-12-31')).toISOString()).toBe('0099-12-31T17:00:00.000Z');
  });

  it('adds days across months, leap days and years, and refuses impossible dates', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('writes dates the Vietnamese way', () => {
    expect(formatIsoDate('2026-06-01')).toBe('01/06/2026');
    expect(formatVietnamDateTime(Date.parse('2026-06-01T01:05:00Z'))).toBe('01/06/2026 08:05');
  });

  it('reads only datetimes that carry their offset', () => {
    expect(instant('2026-06-01T08:00:00+07:00')).toBe(Date.parse('2026-06-01T01:00:00Z'));
    expect(() => instant('2026-06-01T08:00:00')).toThrow(RangeError);
  });
});
