// Vietnam time, the one home of it: calendar days as Vietnamese users mean them ('YYYY-MM-DD' in
// UTC+7; Vietnam has no daylight saving time) and dates as Vietnamese text writes them (dd/mm/yyyy).

import { parseIsoDate, toIsoDate } from '../schedule/dates.ts';

export const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

// A datetime must carry its offset; without one, JavaScript would read it in the server's zone.
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO datetime that carries its offset (ms since the epoch); throws on anything else. */
export function instant(value: string): number {
  const ms = ISO_DATETIME.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new RangeError(`Not an ISO datetime with an offset: ${JSON.stringify(value)}`);
  }
  return ms;
}

/** Midnight UTC of a calendar day (years before 100 included, which Date.UTC would shift). */
function utcMidnight(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** The Vietnam calendar day ('YYYY-MM-DD') on which an instant falls. */
export function vietnamDateOf(at: Date | number): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  const shifted = new Date(ms + VIETNAM_OFFSET_MS);
  return toIsoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Today's date in Vietnam, 'YYYY-MM-DD': due dates and data windows are Vietnamese calendar days. */
export function vietnamToday(now: Date = new Date()): string {
  return vietnamDateOf(now);
}

/** A calendar day plus (or minus) whole days. */
export function addDays(iso: string, days: number): string {
  const next = new Date(utcMidnight(iso) + days * DAY_MS);
  return toIsoDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', as dates are written in Vietnamese text. */
export function formatIsoDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The instant (ms since the epoch) at which a Vietnam calendar day begins. */
export function startOfDayInVietnam(iso: string): number {
  return utcMidnight(iso) - VIETNAM_OFFSET_MS;
}

/** The instant at which a Vietnam calendar day ends (the next day's midnight, exclusive). */
export function endOfDayInVietnam(iso: string): number {
  return startOfDayInVietnam(iso) + DAY_MS;
}

/** An instant as 'dd/mm/yyyy HH:MM' in Vietnam time. */
export function formatVietnamDateTime(at: Date | number): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  const shifted = new Date(ms + VIETNAM_OFFSET_MS).toISOString();
  return `${formatIsoDate(shifted.slice(0, 10))} ${shifted.slice(11, 16)}`;
}
