// What the event screens compute without a browser: the form's values and what it sends, the dates a
// key day suggests, the completeness of a parent event sorted and filtered, and the people counted
// per body. Unit-tested in apps/web/test/events-form.test.ts.
import {
  AUDIENCES,
  type Audience,
  type EventKind,
  KEY_DAY_STANDINGS,
  type KeyDay,
  type KeyDayStanding,
  keyDayDate,
} from '@lantoa/domain/constants';
import type { CompletenessRow, EventCount, EventDetail, EventInput } from './api.ts';

/** The form's fields, the days as 'YYYY-MM-DD' (the modal turns them into the date pickers' values). */
export interface EventFormValues {
  kind: EventKind;
  title: string;
  keyDay?: KeyDay | null;
  startsOn: string;
  endsOn: string;
  place?: string;
  programme?: string;
  taskId?: string | null;
}

/** What the form sends. */
export function eventInputOf(values: EventFormValues): EventInput {
  return {
    kind: values.kind,
    title: values.title.trim(),
    keyDay: values.keyDay ?? null,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    place: values.place?.trim() ?? '',
    programme: values.programme?.trim() ?? '',
    taskId: values.taskId ?? null,
  };
}

/** A saved event as the form shows it. */
export function eventValuesOf(event: EventDetail): EventFormValues {
  return {
    kind: event.kind,
    title: event.title,
    keyDay: event.keyDay,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    place: event.place,
    programme: event.programme,
    taskId: event.task?.id ?? null,
  };
}

/**
 * The days a key day suggests when it is picked: the day itself in the year of the days already
 * typed (or of today), unless the days typed are already in that year around it.
 */
export function keyDaySuggestion(
  keyDay: KeyDay,
  typed: { startsOn?: string | null | undefined },
  today: string,
): { startsOn: string; endsOn: string } {
  const year = Number((typed.startsOn ?? today).slice(0, 4));
  const day = keyDayDate(keyDay, year);
  return { startsOn: day, endsOn: day };
}

/** The standings in the order a coordinator follows them up: the missing and overdue first. */
const FOLLOW_UP: readonly KeyDayStanding[] = ['missing', 'overdue', 'planned', 'cancelled', 'held'];

/** The required bodies of a standing (all without one), the ones to follow up first, then by name. */
export function completenessRows(
  rows: readonly CompletenessRow[],
  standing?: KeyDayStanding,
): CompletenessRow[] {
  return rows
    .filter((row) => !standing || row.standing === standing)
    .sort(
      (a, b) =>
        FOLLOW_UP.indexOf(a.standing) - FOLLOW_UP.indexOf(b.standing) ||
        a.body.name.localeCompare(b.body.name, 'vi'),
    );
}

/** held ÷ expected as a whole percent, or null when nobody is expected. */
export const heldPercent = (summary: { rate: number | null }): number | null =>
  summary.rate === null ? null : Math.round(summary.rate * 100);

/** The standings with their count, in the domain's order. */
export const standingCounts = (summary: Record<KeyDayStanding, number>) =>
  KEY_DAY_STANDINGS.map((standing) => ({ standing, count: summary[standing] }));

/** One row per body of the people counted: each audience's count and the body's total. */
export interface CountRow {
  body: EventCount['body'];
  byAudience: Partial<Record<Audience, number>>;
  total: number;
}

export function countRows(counts: readonly EventCount[]): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const count of counts) {
    const row = rows.get(count.body.id) ?? { body: count.body, byAudience: {}, total: 0 };
    row.byAudience[count.audience] = count.attended;
    row.total += count.attended;
    rows.set(count.body.id, row);
  }
  return [...rows.values()];
}

/** The audiences anyone was counted in, in the domain's order: the columns of the counts table. */
export const countedAudiences = (counts: readonly EventCount[]): Audience[] =>
  AUDIENCES.filter((audience) => counts.some((count) => count.audience === audience));
