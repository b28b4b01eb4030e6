// The rules of an event's life and of the key-day calendar (issue 18), without I/O or labels: when an
// event may be held and its people counted, which bodies it may invite, the default titles the
// calendar gives, and where each body that must hold a key-day event stands (like reports'
// completeness). The server applies them; the web reads the same lists.
import { formatIsoDate } from '../time/vietnam.ts';
import { type EventStatus, type KeyDay, keyDayDate } from './event-lists.ts';

/**
 * The official names of the key days, as plans and invitations write them (the English names are
 * the web's): the titles the calendar gives the events it creates are made from them.
 */
export const KEY_DAY_NAMES: Readonly<Record<KeyDay, string>> = {
  science_day: 'Ngày Khoa học và Công nghệ Việt Nam',
  innovation_day: 'Ngày Đổi mới sáng tạo Việt Nam',
  digital_day: 'Ngày Chuyển đổi số quốc gia',
};

/** The bounds of an event's texts, as the database checks them. */
export const EVENT_LIMITS = {
  title: 500,
  place: 500,
  programme: 20_000,
  resultsNote: 20_000,
  modelTitle: 500,
  presenterName: 500,
  modelDescription: 5000,
  /** The people one body may be counted or expected with, per audience. */
  attended: 1_000_000,
  attendeesExpected: 100_000,
} as const;

/** The calendar's title for a body's own key-day event: "Hưởng ứng Ngày … 01/10/2026 – Xã Hòa An". */
export function keyDayShellTitle(keyDay: KeyDay, year: number, bodyName: string): string {
  return `Hưởng ứng ${KEY_DAY_NAMES[keyDay]} ${formatIsoDate(keyDayDate(keyDay, year))} – ${bodyName}`;
}

/** The calendar's title for the event of the body that asks the others: "Kỷ niệm Ngày … 18/05/2026". */
export function keyDayEventTitle(keyDay: KeyDay, year: number): string {
  return `Kỷ niệm ${KEY_DAY_NAMES[keyDay]} ${formatIsoDate(keyDayDate(keyDay, year))}`;
}

/** The calendar year an event belongs to: the year of its first day. */
export const eventYear = (startsOn: string): number => Number(startsOn.slice(0, 4));

type EventTiming = { status: EventStatus; startsOn: string };

/**
 * Why an event cannot be marked held now, or null when it can: only a planned event, and not before
 * its first day (held means it took place).
 */
export function holdRefusal(event: EventTiming, today: string): 'not_planned' | 'not_started' | null {
  if (event.status !== 'planned') return 'not_planned';
  if (today < event.startsOn) return 'not_started';
  return null;
}

/**
 * Why the people who came cannot be counted now, or null when they can: never for a cancelled event,
 * and only once it was held or its first day has come.
 */
export function countRefusal(event: EventTiming, today: string): 'cancelled' | 'not_started' | null {
  if (event.status === 'cancelled') return 'cancelled';
  if (event.status === 'planned' && today < event.startsOn) return 'not_started';
  return null;
}

/**
 * Whether an event may invite the body at `bodyPath`: one strictly inside its organiser's subtree (a
 * province's event invites its departments and communes; a commune's, its villages and offices).
 */
export const mayInvite = (organiserPath: string, bodyPath: string): boolean =>
  bodyPath !== organiserPath && bodyPath.startsWith(organiserPath);

/**
 * Where a body that must hold a key-day event stands: its event held, planned (its day not yet
 * passed), overdue (still planned after its last day), cancelled, or missing (none).
 */
export const KEY_DAY_STANDINGS = ['held', 'planned', 'overdue', 'cancelled', 'missing'] as const;
export type KeyDayStanding = (typeof KEY_DAY_STANDINGS)[number];

export function keyDayStanding(
  event: { status: EventStatus; endsOn: string } | null,
  today: string,
): KeyDayStanding {
  if (!event) return 'missing';
  if (event.status === 'held') return 'held';
  if (event.status === 'cancelled') return 'cancelled';
  return today > event.endsOn ? 'overdue' : 'planned';
}

export interface KeyDayCompleteness {
  /** Bodies that must hold their own event. */
  expected: number;
  held: number;
  planned: number;
  overdue: number;
  cancelled: number;
  missing: number;
  /** held / expected in [0, 1]; null when no body is expected. */
  rate: number | null;
}

/** The counts of a parent event's required bodies from the standing of each. */
export function keyDayCompleteness(standings: Iterable<KeyDayStanding>): KeyDayCompleteness {
  const counts: Record<KeyDayStanding, number> = {
    held: 0,
    planned: 0,
    overdue: 0,
    cancelled: 0,
    missing: 0,
  };
  let expected = 0;
  for (const standing of standings) {
    counts[standing] += 1;
    expected += 1;
  }
  return { expected, ...counts, rate: expected === 0 ? null : counts.held / expected };
}
