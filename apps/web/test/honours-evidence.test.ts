// The honours screens' logic that needs no browser: the evidence of a nomination as its table's rows
// (every figure, zeros too, with Vietnamese separators) and the years a nomination may be of.
import { describe, expect, it } from 'vitest';
import type { NominationEvidence } from '../src/features/honours/api.ts';
import { evidenceRows, nominationYears } from '../src/features/honours/evidence.ts';

const evidence: NominationEvidence = {
  year: 2026,
  asOf: '2026-11-20',
  tasks: { total: 12, counts: { done_on_time: 9, done_late: 1, in_progress: 2, overdue: 0 } },
  outputs: { total: 1250, aboutLocal: 8, public: 3 },
  courses: { trainings: 2, briefings: 1 },
  people: { counted: 45, trained: 4, informed: 38 },
  events: { held: 1 },
  broadcast: { stations: 1, airings: 120, listenersReached: 8600, listeners: 12500 },
};

describe('the evidence table', () => {
  it('lists every figure in the issue’s order, the task states and output details under their line', () => {
    expect(evidenceRows(evidence).map((row) => [row.label, row.value, row.detail])).toEqual([
      ['honours.evidence.tasks', '12', false],
      ['honours.evidence.state.done_on_time', '9', true],
      ['honours.evidence.state.done_late', '1', true],
      ['honours.evidence.state.in_progress', '2', true],
      ['honours.evidence.state.overdue', '0', true],
      ['honours.evidence.outputs', '1.250', false],
      ['honours.evidence.aboutLocal', '8', true],
      ['honours.evidence.public', '3', true],
      ['honours.evidence.trainings', '2', false],
      ['honours.evidence.briefings', '1', false],
      ['honours.evidence.trained', '4/45', false],
      ['honours.evidence.informed', '38/45', false],
      ['honours.evidence.events', '1', false],
      ['honours.evidence.airings', '120', false],
      ['honours.evidence.reach', '8.600/12.500', false],
    ]);
  });

  it('shows a count alone when nobody counts yet', () => {
    const rows = evidenceRows({ ...evidence, people: { counted: 0, trained: 0, informed: 0 } });
    expect(rows.find((row) => row.label === 'honours.evidence.informed')?.value).toBe('0');
  });
});

describe('the years of a nomination', () => {
  it('are this year and the four before it, newest first', () => {
    expect(nominationYears('2026-11-20')).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});
