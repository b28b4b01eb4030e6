// The training screens' arithmetic that needs no browser: the people summary as table rows with
// their shares, and what a quota leaves to nominate. Unit-tested in apps/web/test/training-figures.test.ts.
import type { Audience } from '@lantoa/domain/constants';
import { percent } from '@lantoa/domain/rules';
import { formatNumber } from '../../shared/format.ts';
import type { PeopleSummary, RosterItem } from './api.ts';

/** `count` of `of`, and its percentage (one decimal; null with nothing to divide by). */
export interface Share {
  count: number;
  of: number;
  percent: number | null;
}

export const share = (count: number, of: number): Share => ({ count, of, percent: percent(count, of) });

/** "x/y (z%)" with Vietnamese separators ("12/1.250 (1%)"); "x/0" when nobody counts yet. */
export function formatShare({ count, of, percent: value }: Share): string {
  const base = `${formatNumber(count)}/${formatNumber(of)}`;
  return value === null ? base : `${base} (${formatNumber(value)}%)`;
}

/** One audience of a body's people summary, as the summary table shows it. */
export interface SummaryRow {
  audience: Audience;
  /** The body's own named people (present ones). */
  named: number;
  /** The body's head-count of the year, if entered. */
  headcount: number | null;
  /** The people who count under the whole subtree (the denominator of the indicators). */
  counting: number;
  trained: Share;
  informed: Share;
}

/** The summary's audiences as rows, in the order the server lists them. */
export function summaryRows(summary: Pick<PeopleSummary, 'audiences'>): SummaryRow[] {
  return summary.audiences.map((row) => ({
    audience: row.audience,
    named: row.named,
    headcount: row.headcount,
    counting: row.denominator,
    trained: share(row.trained, row.denominator),
    informed: share(row.informed, row.denominator),
  }));
}

/** How many more people a body may send: its quota less those sent and those ticked now (never below 0). */
export function quotaLeft(quota: number, nominated: number, picked: number): number {
  return Math.max(0, quota - nominated - picked);
}

/** A person of the roster the nominating dialog offers, and whether they were already sent. */
export interface Nominee {
  person: RosterItem;
  sent: boolean;
}

/**
 * The people a body may send to a course: present (not left) and of one of the course's audiences;
 * those already sent are listed too (ticked, fixed), first.
 */
export function nominees(
  roster: readonly RosterItem[],
  audiences: readonly Audience[],
  sentPersonIds: ReadonlySet<string>,
): Nominee[] {
  const wanted = new Set(audiences);
  const offered = roster
    .filter((person) => person.leftOn === null && wanted.has(person.audience))
    .map((person) => ({ person, sent: sentPersonIds.has(person.id) }));
  return [...offered.filter((n) => n.sent), ...offered.filter((n) => !n.sent)];
}

/** A stored mobile number (E.164, '+84912345678') as Vietnamese people write it: '0912 345 678'. */
export function localPhone(e164: string): string {
  const local = e164.replace(/^\+84/, '0');
  return /^0\d{9}$/.test(local) ? `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}` : local;
}
