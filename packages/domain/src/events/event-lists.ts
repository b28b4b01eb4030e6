// The closed lists of events (issue 18): what kind of event, the national key days activities hang on,
// where an event stands, and a body's answer to an invitation.

export const EVENT_KINDS = [
  'festival',
  'conference',
  'workshop',
  'exhibition',
  'press_briefing',
  'ceremony',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * The national days the plans hang activities on: 18/5 Vietnam Science and Technology Day, 1/10
 * National Innovation Day, 10/10 National Digital Transformation Day.
 */
export const KEY_DAYS = {
  science_day: { month: 5, day: 18 },
  innovation_day: { month: 10, day: 1 },
  digital_day: { month: 10, day: 10 },
} as const;
export type KeyDay = keyof typeof KEY_DAYS;
export const KEY_DAY_CODES = Object.keys(KEY_DAYS) as KeyDay[];

/** The date (yyyy-mm-dd) of a key day in a year. */
export function keyDayDate(keyDay: KeyDay, year: number): string {
  const { month, day } = KEY_DAYS[keyDay];
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Planned (a shell from the calendar, or typed ahead), held (results recorded), or cancelled. */
export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const INVITATION_RESPONSES = ['pending', 'confirmed', 'declined'] as const;
export type InvitationResponse = (typeof INVITATION_RESPONSES)[number];

/** Who presents a showcased model or product: a body of the tree, a business, or someone else. */
export const PRESENTER_KINDS = ['body', 'business', 'other'] as const;
export type PresenterKind = (typeof PRESENTER_KINDS)[number];
