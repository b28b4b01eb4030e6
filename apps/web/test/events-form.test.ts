// The event screens without a browser: what the form sends and shows again, the dates a key day
// suggests, the completeness rows followed up first, and the people counted per body and audience.
import { describe, expect, it } from 'vitest';
import type { CompletenessRow, EventCount } from '../src/features/events/api.ts';
import {
  completenessRows,
  countedAudiences,
  countRows,
  eventInputOf,
  heldPercent,
  keyDaySuggestion,
  standingCounts,
} from '../src/features/events/event-form.ts';

const body = (id: string, name: string) => ({ id, name, kind: 'commune' as const });

describe('the event form', () => {
  it('sends trimmed texts, no key day and no task as null', () => {
    expect(
      eventInputOf({
        kind: 'festival',
        title: '  Ngày hội Đổi mới sáng tạo  ',
        startsOn: '2026-10-01',
        endsOn: '2026-10-02',
        place: ' Quảng trường ',
      }),
    ).toEqual({
      kind: 'festival',
      title: 'Ngày hội Đổi mới sáng tạo',
      keyDay: null,
      startsOn: '2026-10-01',
      endsOn: '2026-10-02',
      place: 'Quảng trường',
      programme: '',
      taskId: null,
    });
  });

  it('suggests the key day itself, in the year already typed or this one', () => {
    expect(keyDaySuggestion('innovation_day', { startsOn: '2027-03-01' }, '2026-11-20')).toEqual({
      startsOn: '2027-10-01',
      endsOn: '2027-10-01',
    });
    expect(keyDaySuggestion('science_day', {}, '2026-11-20')).toEqual({
      startsOn: '2026-05-18',
      endsOn: '2026-05-18',
    });
  });
});

describe('completeness', () => {
  const rows: CompletenessRow[] = [
    { body: { ...body('a', 'Xã Yên Sơn'), code: null }, standing: 'held', event: null },
    { body: { ...body('b', 'Xã An Tường'), code: null }, standing: 'missing', event: null },
    { body: { ...body('c', 'Xã Hòa An'), code: null }, standing: 'overdue', event: null },
    { body: { ...body('d', 'Xã Bình Xa'), code: null }, standing: 'missing', event: null },
  ];

  it('lists the bodies to follow up first (missing, overdue…), then by name', () => {
    expect(completenessRows(rows).map((row) => row.body.id)).toEqual(['b', 'd', 'c', 'a']);
    expect(completenessRows(rows, 'missing').map((row) => row.body.id)).toEqual(['b', 'd']);
  });

  it('says the share held as a whole percent, and each standing’s number', () => {
    expect(heldPercent({ rate: 1 / 3 })).toBe(33);
    expect(heldPercent({ rate: null })).toBeNull();
    expect(standingCounts({ held: 1, planned: 0, overdue: 2, cancelled: 0, missing: 3 })).toEqual([
      { standing: 'held', count: 1 },
      { standing: 'planned', count: 0 },
      { standing: 'overdue', count: 2 },
      { standing: 'cancelled', count: 0 },
      { standing: 'missing', count: 3 },
    ]);
  });
});

describe('people counted', () => {
  const at = '2026-10-01T10:00:00+07:00';
  const counts: EventCount[] = [
    { body: body('h', 'Xã Hòa An'), audience: 'officials', attended: 12, updatedAt: at },
    { body: body('h', 'Xã Hòa An'), audience: 'citizens', attended: 120, updatedAt: at },
    { body: body('y', 'Xã Yên Sơn'), audience: 'citizens', attended: 40, updatedAt: at },
  ];

  it('makes one row per body with each audience and the total', () => {
    expect(countRows(counts)).toEqual([
      { body: body('h', 'Xã Hòa An'), byAudience: { officials: 12, citizens: 120 }, total: 132 },
      { body: body('y', 'Xã Yên Sơn'), byAudience: { citizens: 40 }, total: 40 },
    ]);
  });

  it('has a column for each audience counted, in the domain’s order', () => {
    expect(countedAudiences(counts)).toEqual(['officials', 'citizens']);
  });
});
