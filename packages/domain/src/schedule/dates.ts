/**
 * Calendar-date helpers on plain 'YYYY-MM-DD' strings. Dates in plans are Vietnamese calendar dates
 * with no time of day, so everything is done in UTC to keep the local time zone out of it.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Parses 'YYYY-MM-DD' and rejects impossible dates such as 2026-02-30. */
export function parseIsoDate(value: string): CalendarDate {
  const match = ISO_DATE.exec(value);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month)) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Not a calendar date in the form YYYY-MM-DD: ${JSON.stringify(value)}`);
}

export function lastDayOfMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  const date = new Date(Date.UTC(2000, month, 0));
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** 'dd/mm/yyyy', the way dates are written in Vietnamese documents. */
export function formatVietnameseDate(year: number, month: number, day: number): string {
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
