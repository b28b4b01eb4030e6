import { describe, expect, it } from 'vitest';
import { type CarriedOccurrence, type CarryingOccurrence, carriedProgress } from '../src/index.ts';

const above = (id: string, dueOn: string, completedOn: string | null = null, carried = false) =>
  ({ id, dueOn, completedOn, carried }) satisfies CarriedOccurrence;
const below = (dueOn: string, completedOn: string | null = null, note: string | null = null) =>
  ({ dueOn, completedOn, note, source: 'KH 139, 1.2' }) satisfies CarryingOccurrence;

describe('progress carried up from the linked task below', () => {
  it('gives each due date above the state of the one below on the same day', () => {
    const carried = carriedProgress(
      [above('q1', '2026-03-31'), above('q2', '2026-06-30')],
      [below('2026-03-31', '2026-03-20', 'Đã tổ chức 2 buổi'), below('2026-06-30')],
    );
    expect(carried.get('q1')).toEqual({ completedOn: '2026-03-20', note: 'KH 139, 1.2: Đã tổ chức 2 buổi' });
    expect(carried.get('q2')).toEqual({ completedOn: null, note: null });
  });

  it('is done when every due date below falling to it is, on the latest day', () => {
    // Monthly below, quarterly above: the quarter is done with its third month.
    const months = [
      below('2026-01-31', '2026-01-30'),
      below('2026-02-28', '2026-03-02'),
      below('2026-03-31'),
    ];
    expect(carriedProgress([above('q1', '2026-03-31')], months).get('q1')?.completedOn).toBeNull();
    const allDone = [...months.slice(0, 2), below('2026-03-31', '2026-03-25')];
    expect(carriedProgress([above('q1', '2026-03-31')], allDone).get('q1')?.completedOn).toBe('2026-03-25');
  });

  it('lets a due date above that nothing falls to wait for the next one below', () => {
    // Quarterly above, half-yearly below: the first quarter follows the half year.
    const carried = carriedProgress(
      [above('q1', '2026-03-31'), above('q2', '2026-06-30')],
      [below('2026-06-30', '2026-06-15')],
    );
    expect(carried.get('q1')?.completedOn).toBe('2026-06-15');
    expect(carried.get('q2')?.completedOn).toBe('2026-06-15');
  });

  it('puts what comes after the last due date above into the last one', () => {
    const carried = carriedProgress(
      [above('y', '2026-12-31')],
      [below('2026-12-31', '2026-12-01'), below('2027-01-15', '2027-01-10')],
    );
    expect(carried.get('y')?.completedOn).toBe('2027-01-10');
  });

  it('keeps a due date completed by hand before the link, and takes up one already carried', () => {
    const carried = carriedProgress(
      [above('q1', '2026-03-31', '2026-03-10'), above('q2', '2026-06-30', '2026-06-01', true)],
      [below('2026-03-31'), below('2026-06-30')],
    );
    expect(carried.has('q1')).toBe(false);
    expect(carried.get('q2')).toEqual({ completedOn: null, note: null });
  });

  it('changes nothing when nothing below is scheduled', () => {
    expect(carriedProgress([above('q1', '2026-03-31')], []).size).toBe(0);
  });

  it('keeps each note once and within the note limit', () => {
    const long = 'x'.repeat(1500);
    const carried = carriedProgress(
      [above('y', '2026-12-31')],
      [below('2026-06-30', '2026-06-01', long), below('2026-12-31', '2026-12-01', long)],
    );
    expect(carried.get('y')?.note).toBe(`KH 139, 1.2: ${long}`);
    const two = carriedProgress(
      [above('y', '2026-12-31')],
      [below('2026-06-30', null, long), below('2026-12-31', null, `${long}y`)],
    );
    expect(two.get('y')?.note?.length).toBe(2000);
  });
});
