// Reports of false information (issue 17, item 5): where a post was seen, how far its case has gone,
// what the culture department found it to be, and how old a case is. Closed lists with their
// Vietnamese names and small pure rules only: the web's constants entry point exports this file.

import { membersOf } from '../named-list.ts';

/** Where the reporter saw the post or article. */
export const MISINFORMATION_PLACE_NAMES = {
  facebook: 'Facebook',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  zalo: 'Zalo',
  website: 'Trang web, blog, diễn đàn',
  press: 'Báo, tạp chí điện tử',
  other: 'Nơi khác',
} as const;
export type MisinformationPlace = keyof typeof MISINFORMATION_PLACE_NAMES;
export const MISINFORMATION_PLACES = membersOf(MISINFORMATION_PLACE_NAMES);

/** A case's life: received, being verified, answered (correction, bulletins, platform), closed. */
export const MISINFORMATION_STATUS_NAMES = {
  new: 'Mới tiếp nhận',
  verifying: 'Đang xác minh',
  responded: 'Đã xử lý',
  closed: 'Đã đóng',
} as const;
export type MisinformationStatus = keyof typeof MISINFORMATION_STATUS_NAMES;
export const MISINFORMATION_STATUSES = membersOf(MISINFORMATION_STATUS_NAMES);

/** What the verification found. */
export const MISINFORMATION_VERDICT_NAMES = {
  false: 'Tin sai sự thật',
  misleading: 'Tin sai lệch, gây hiểu lầm',
  hostile: 'Tin xấu độc, thù địch',
  not_false: 'Không phải tin sai',
} as const;
export type MisinformationVerdict = keyof typeof MISINFORMATION_VERDICT_NAMES;
export const MISINFORMATION_VERDICTS = membersOf(MISINFORMATION_VERDICT_NAMES);

/** How long a case has been open, as the list groups them: false information spreads by the hour. */
export const MISINFORMATION_AGE_NAMES = {
  day: 'Dưới 24 giờ',
  days: 'Từ 1 đến 3 ngày',
  older: 'Quá 3 ngày',
} as const;
export type MisinformationAge = keyof typeof MISINFORMATION_AGE_NAMES;
export const MISINFORMATION_AGES = membersOf(MISINFORMATION_AGE_NAMES);

const HOUR_MS = 3_600_000;
/** Where each age bucket starts, in hours since the report. */
const AGE_FROM_HOURS: Record<MisinformationAge, number> = { day: 0, days: 24, older: 72 };

/** The age bucket of a case reported at `reportedAt`, seen at `now`. */
export function misinformationAge(reportedAt: Date, now: Date): MisinformationAge {
  const hours = (now.getTime() - reportedAt.getTime()) / HOUR_MS;
  return hours >= AGE_FROM_HOURS.older ? 'older' : hours >= AGE_FROM_HOURS.days ? 'days' : 'day';
}

/**
 * The report times an age bucket holds at `now`: reported after `after` (exclusive) and at or before
 * `until`; a missing bound is open. The same cut as `misinformationAge`.
 */
export function misinformationAgeRange(age: MisinformationAge, now: Date): { after?: Date; until?: Date } {
  const at = (hours: number) => new Date(now.getTime() - hours * HOUR_MS);
  if (age === 'day') return { after: at(AGE_FROM_HOURS.days) };
  if (age === 'days') return { after: at(AGE_FROM_HOURS.older), until: at(AGE_FROM_HOURS.days) };
  return { until: at(AGE_FROM_HOURS.older) };
}

/** What the people of a case do to it, each audited under `misinformation.<step>`. */
export type MisinformationStep = 'assign' | 'triage' | 'respond' | 'bulletin' | 'close';

/**
 * The statuses each step may start from. A case is reassigned and its verdict changed only while it
 * is being verified; once answered, the answer may be completed (the platform notified later, the
 * correction edited) and bulletins sent; a closed case stays as it was closed.
 */
const STEP_FROM: Record<MisinformationStep, readonly MisinformationStatus[]> = {
  assign: ['new', 'verifying'],
  triage: ['new', 'verifying'],
  respond: ['verifying', 'responded'],
  bulletin: ['responded'],
  close: ['new', 'verifying', 'responded'],
};

/** May `step` be taken on a case in `status`? */
export function misinformationStepAllowed(status: MisinformationStatus, step: MisinformationStep): boolean {
  return STEP_FROM[step].includes(status);
}

/** The status a case has after `step` (assigning leaves it where it was). */
export function misinformationStatusAfter(
  status: MisinformationStatus,
  step: MisinformationStep,
): MisinformationStatus {
  if (step === 'triage') return 'verifying';
  if (step === 'respond' || step === 'bulletin') return 'responded';
  if (step === 'close') return 'closed';
  return status;
}

/** A correction is published only for what was found false, misleading or hostile. */
export const correctionAllowed = (verdict: MisinformationVerdict | null): boolean =>
  verdict !== null && verdict !== 'not_false';

/** How many days a correction's priority bulletin airs at each commune unless told otherwise. */
export const CORRECTION_BULLETIN_DAYS = 3;

/**
 * The host name of a reported link ("facebook.com"), shown as plain text on public pages: linking the
 * offending post would spread it. Empty when the link is not a web address.
 */
export function linkHost(link: string): string {
  if (!/^https?:\/\//i.test(link.trim())) return '';
  try {
    return new URL(link.trim()).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
