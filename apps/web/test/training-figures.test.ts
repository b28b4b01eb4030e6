// The training screens' arithmetic that needs no browser: the people summary as rows with shares,
// what a quota leaves, who may be nominated, and phone numbers as people write them.
import { describe, expect, it } from 'vitest';
import type { RosterItem } from '../src/features/training/api.ts';
import {
  formatShare,
  localPhone,
  nominees,
  quotaLeft,
  share,
  summaryRows,
} from '../src/features/training/figures.ts';

const person = (id: string, more: Partial<RosterItem> = {}): RosterItem => ({
  id,
  bodyId: 'hoa-an',
  audience: 'digital_team',
  fullName: `Người ${id}`,
  roleTitle: '',
  phone: null,
  village: '',
  teamId: null,
  leadsTeam: false,
  joinedOn: null,
  leftOn: null,
  version: 1,
  teamVillage: null,
  trained: false,
  ...more,
});

describe('the people summary', () => {
  it('turns each audience into a row with its trained and informed shares of the people who count', () => {
    const rows = summaryRows({
      audiences: [
        { audience: 'digital_team', named: 7, headcount: null, denominator: 7, trained: 3, informed: 0 },
        { audience: 'officials', named: 0, headcount: 1250, denominator: 1250, trained: 0, informed: 1000 },
        { audience: 'citizens', named: 0, headcount: null, denominator: 0, trained: 0, informed: 0 },
      ],
    });
    expect(rows.map((r) => [r.audience, formatShare(r.trained), formatShare(r.informed)])).toEqual([
      ['digital_team', '3/7 (42,9%)', '0/7 (0%)'],
      ['officials', '0/1.250 (0%)', '1.000/1.250 (80%)'],
      // Nobody counts yet: no percentage to make up.
      ['citizens', '0/0', '0/0'],
    ]);
    expect(rows[1]).toMatchObject({ named: 0, headcount: 1250, counting: 1250 });
  });

  it('rounds a share to one decimal', () => {
    expect(share(2, 3)).toEqual({ count: 2, of: 3, percent: 66.7 });
  });
});

describe('a quota', () => {
  it('leaves the quota less those sent and those ticked now, never below nothing', () => {
    expect(quotaLeft(2, 0, 0)).toBe(2);
    expect(quotaLeft(2, 0, 1)).toBe(1);
    expect(quotaLeft(3, 1, 2)).toBe(0);
    // The organiser lowered the quota after people were sent.
    expect(quotaLeft(1, 2, 0)).toBe(0);
  });

  it('offers present people of the course’s audiences, those already sent first', () => {
    const roster = [
      person('a'),
      person('b', { leftOn: '2026-08-01' }),
      person('c', { audience: 'officials' }),
      person('d'),
      person('e', { audience: 'communication_staff' }),
    ];
    const offered = nominees(roster, ['digital_team', 'communication_staff'], new Set(['d']));
    expect(offered.map((n) => [n.person.id, n.sent])).toEqual([
      ['d', true],
      ['a', false],
      ['e', false],
    ]);
  });
});

describe('a phone number', () => {
  it('shows a stored mobile number as Vietnamese people write it', () => {
    expect(localPhone('+84912345601')).toBe('0912 345 601');
    // Anything else is shown as stored.
    expect(localPhone('+6512345678')).toBe('+6512345678');
  });
});
