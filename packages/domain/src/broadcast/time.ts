// Internal helpers, not re-exported from the broadcast index.
import { formatVietnameseDate, parseIsoDate } from '../schedule/dates.ts';

import { addDays, instant, VIETNAM_OFFSET_MS, vietnamDateOf } from '../time/vietnam.ts';

// The Vietnam-time basics live in time/vietnam.ts; re-exported for the broadcast modules.
export { addDays, instant };

const CLOCK_TIME = /^(\d{2}):(\d{2})$/;

/** Minutes after midnight of 'HH:MM' (00:00–23:59), or null when it is not such a time. */
export function clockMinutes(value: string): number | null {
  const match = CLOCK_TIME.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : null;
}

/** 'HH:MM' of minutes after midnight; 24:00 and beyond are written as such (an end time). */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The instant (ms since the epoch) at which a Vietnam date and clock time happen. */
export function vietnamInstant(date: string, start: string): number {
  const { year, month, day } = parseIsoDate(date);
  const minutes = clockMinutes(start);
  if (minutes === null) throw new RangeError(`Not a clock time in the form HH:MM: ${JSON.stringify(start)}`);
  return Date.UTC(year, month - 1, day) + minutes * 60_000 - VIETNAM_OFFSET_MS;
}

/** The Vietnam calendar date of an instant. */
export const vietnamDate = (ms: number): string => vietnamDateOf(ms);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** 'dd/mm/yyyy' of 'YYYY-MM-DD'. */
export function vietnameseDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return formatVietnameseDate(year, month, day);
}

/** Locale-independent string ordering, so the same ids sort the same way on every machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
