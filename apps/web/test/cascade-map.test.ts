// The cascade on the province's map: each commune's row read as one colour, and the rows the map can
// place (by the 5-digit commune code its features are named with).
import { describe, expect, it } from 'vitest';
import type { CascadeItem } from '../src/api/types.ts';
import { cascadeMapCategory, cascadeMapData } from '../src/features/plans/cascade-map.ts';

let next = 0;
const row = (
  more: { code?: string | null; issued?: boolean; overdue?: number; report?: CascadeItem['report'] } = {},
): CascadeItem => {
  next += 1;
  const id = `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
  return {
    body: {
      id,
      name: `Xã ${next}`,
      code: more.code === undefined ? String(next).padStart(5, '0') : more.code,
    },
    plan: more.issued
      ? { id, number: `${next}/KH-UBND`, title: 'Kế hoạch', issuedOn: '2025-03-05', daysAfterParent: 10 }
      : null,
    conformance: null,
    work: { onTime: 2, overdue: more.overdue ?? 0 },
    report: more.report ?? { expected: true, status: 'submitted' },
  };
};

describe('a commune’s colour on the cascade map', () => {
  it('is "not issued" without a plan of its own, even when it is also late and has not reported', () => {
    expect(cascadeMapCategory(row({ overdue: 3, report: { expected: true, status: null } }), true)).toBe(
      'not_issued',
    );
  });

  it('is "overdue" for an issued plan with overdue work, before a missing report', () => {
    expect(
      cascadeMapCategory(row({ issued: true, overdue: 1, report: { expected: true, status: null } }), true),
    ).toBe('overdue');
  });

  it('is "not reported" for an expected report that is missing, in draft or returned', () => {
    for (const status of [null, 'draft', 'returned'] as const) {
      expect(cascadeMapCategory(row({ issued: true, report: { expected: true, status } }), true)).toBe(
        'not_reported',
      );
    }
  });

  it('is "on track" once the report is in, or when none is expected, or when there is no period', () => {
    for (const status of ['submitted', 'accepted'] as const) {
      expect(cascadeMapCategory(row({ issued: true, report: { expected: true, status } }), true)).toBe(
        'on_track',
      );
    }
    expect(cascadeMapCategory(row({ issued: true, report: { expected: false, status: null } }), true)).toBe(
      'on_track',
    );
    expect(cascadeMapCategory(row({ issued: true, report: { expected: true, status: null } }), false)).toBe(
      'on_track',
    );
  });
});

describe('the rows placed on the map', () => {
  it('keys the rows by commune code and counts each colour', () => {
    const rows = [
      row({ code: '02353', issued: true }),
      row({ code: '02356' }),
      row({ code: '02359', issued: true, overdue: 2 }),
      row({ code: '02362' }),
    ];
    const data = cascadeMapData(rows, new Set(['02353', '02356', '02359', '02362', '02365']), true);
    expect([...data.entries.keys()]).toEqual(['02353', '02356', '02359', '02362']);
    expect(data.entries.get('02356')).toEqual({ code: '02356', category: 'not_issued', row: rows[1] });
    expect(data.counts).toEqual({ on_track: 1, not_reported: 0, overdue: 1, not_issued: 2 });
    expect(data.offMap).toBe(0);
  });

  it('counts apart the rows it cannot place: no code, another province’s code, a code given twice', () => {
    const rows = [
      row({ code: '02353' }),
      row({ code: null }),
      row({ code: '30292' }),
      row({ code: '02353' }),
    ];
    const data = cascadeMapData(rows, new Set(['02353']), true);
    expect([...data.entries.values()].map((e) => e.row)).toEqual([rows[0]]);
    expect(data.counts.not_issued).toBe(1);
    expect(data.offMap).toBe(3);
  });
});
