import { describe, expect, it } from 'vitest';
import type { OccurrenceState } from '../src/schedule/states.ts';
import { countWork, workStates } from '../src/tasks/work-states.ts';

describe('work counted by task or body, not by occurrence', () => {
  it('puts a unit in each state one of its occurrences is in', () => {
    expect(workStates(['overdue', 'overdue', 'in_progress'])).toEqual(new Set(['overdue', 'in_progress']));
    expect(workStates([])).toEqual(new Set());
  });

  it('counts a monthly task with twelve occurrences once per state, not twelve times', () => {
    const monthly: OccurrenceState[] = [
      ...Array<OccurrenceState>(10).fill('done_on_time'),
      'overdue',
      'in_progress',
    ];
    const yearly: OccurrenceState[] = ['done_late'];
    const undated: OccurrenceState[] = [];
    expect(countWork([monthly, yearly, undated])).toEqual({
      total: 3,
      counts: { done_on_time: 1, done_late: 1, in_progress: 1, overdue: 1 },
    });
  });

  it('counts "12 of 40 tasks have overdue work": overdue when any occurrence is overdue', () => {
    const tasks = Array.from({ length: 40 }, (_, i): OccurrenceState[] =>
      i < 12 ? ['done_on_time', 'overdue'] : ['done_on_time', 'in_progress'],
    );
    const { total, counts } = countWork(tasks);
    expect(total).toBe(40);
    expect(counts.overdue).toBe(12);
    expect(counts.in_progress).toBe(28);
    expect(counts.done_on_time).toBe(40);
    expect(counts.done_late).toBe(0);
  });

  it('counts nothing for no units', () => {
    expect(countWork([])).toEqual({
      total: 0,
      counts: { done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0 },
    });
  });
});
