import { OCCURRENCE_STATES, type OccurrenceState } from '../schedule/states.ts';

// Plans are followed by task and by body, not by raw occurrences: a monthly task has twelve due
// dates, and counting each would let one task outweigh eleven others. The rule: a unit of work (a
// task, or a body's share of a plan) has work in a state when any of its current occurrences is in
// that state. So a task "is overdue" when one of its due dates has passed undone, "in progress" when
// one is still open within its deadline, "done on time" when one was done by its date; a task with
// an overdue month and a month done on time counts in both.

/** The states a unit of work has work in, from the states of its current occurrences. */
export function workStates(occurrences: Iterable<OccurrenceState>): Set<OccurrenceState> {
  return new Set(occurrences);
}

/** For each state, how many units have work in it (see workStates); `total` counts every unit. */
export interface WorkCounts {
  total: number;
  counts: Record<OccurrenceState, number>;
}

/** Counts units of work by state: each unit once per state it has work in, once in the total. */
export function countWork(units: Iterable<Iterable<OccurrenceState>>): WorkCounts {
  const counts = Object.fromEntries(OCCURRENCE_STATES.map((s) => [s, 0])) as Record<OccurrenceState, number>;
  let total = 0;
  for (const unit of units) {
    total += 1;
    for (const state of workStates(unit)) counts[state] += 1;
  }
  return { total, counts };
}
