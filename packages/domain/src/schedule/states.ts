import { parseIsoDate } from './dates.ts';

/** The four states the Government Office counts tasks in. */
export const OCCURRENCE_STATES = ['done_on_time', 'done_late', 'in_progress', 'overdue'] as const;
export type OccurrenceState = (typeof OCCURRENCE_STATES)[number];

export const OCCURRENCE_STATE_LABELS: Readonly<Record<OccurrenceState, { vi: string; en: string }>> = {
  done_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  done_late: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  in_progress: { vi: 'Đang thực hiện trong hạn', en: 'In progress, within the deadline' },
  overdue: { vi: 'Quá hạn chưa hoàn thành', en: 'Overdue' },
};

/**
 * State of one occurrence on `today`. All dates are 'YYYY-MM-DD' calendar dates in Vietnam, so the
 * due date itself still counts as within the deadline. Throws RangeError on a malformed date rather
 * than misclassifying it.
 */
export function occurrenceState(
  o: { dueOn: string; completedOn: string | null },
  today: string,
): OccurrenceState {
  parseIsoDate(o.dueOn);
  parseIsoDate(today);
  if (o.completedOn !== null) {
    parseIsoDate(o.completedOn);
    return o.completedOn <= o.dueOn ? 'done_on_time' : 'done_late';
  }
  return today <= o.dueOn ? 'in_progress' : 'overdue';
}

/** How many of each state, every state present (zero when absent). */
export function countStates(list: Iterable<OccurrenceState>): Record<OccurrenceState, number> {
  const counts: Record<OccurrenceState, number> = {
    done_on_time: 0,
    done_late: 0,
    in_progress: 0,
    overdue: 0,
  };
  for (const state of list) counts[state] += 1;
  return counts;
}
