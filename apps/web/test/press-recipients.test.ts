// The recipient picker, without a browser: why a contact cannot be written to (the server refuses the
// same ones), and the contacts of several topics as one list.
import { describe, expect, it } from 'vitest';
import type { Contact } from '../src/features/press/api.ts';
import { blockOf, mergeContacts } from '../src/features/press/recipients.ts';

const contact = (over: Partial<Contact> = {}): Contact => ({
  id: 'c1',
  owner: { id: 'b1', name: 'Sở Văn hóa, Thể thao và Du lịch' },
  kind: 'reporter',
  name: 'Nguyễn Thu Hà',
  organisation: 'Báo Tuyên Quang',
  roleTitle: 'Phóng viên',
  email: 'thuha@baotuyenquang.vn',
  phone: null,
  url: '',
  topics: ['Chuyển đổi số'],
  consent: true,
  consentOn: '2026-04-02',
  unsubscribedAt: null,
  reachable: true,
  version: 1,
  ...over,
});

const NONE = new Set<string>();

describe('blockOf', () => {
  it('lets a release go to a contact who consented, has an address and was not written to', () => {
    expect(blockOf(contact(), NONE)).toBeNull();
  });

  it('puts a withdrawn consent first: the person said no', () => {
    const withdrawn = contact({ unsubscribedAt: '2026-05-01T09:00:00+07:00', email: null, reachable: false });
    expect(blockOf(withdrawn, new Set(['c1']))).toBe('unsubscribed');
  });

  it('then a consent never recorded, then a missing address', () => {
    expect(blockOf(contact({ consent: false, email: null, reachable: false }), NONE)).toBe('noConsent');
    expect(blockOf(contact({ email: null, reachable: false }), NONE)).toBe('noEmail');
  });

  it('writes to each contact once per release', () => {
    expect(blockOf(contact(), new Set(['c1']))).toBe('alreadySent');
    expect(blockOf(contact(), new Set(['c2']))).toBeNull();
  });

  it('leaves the last word to the server when it finds the contact unreachable for a reason of its own', () => {
    expect(blockOf(contact({ reachable: false }), NONE)).toBe('unreachable');
  });
});

describe('mergeContacts', () => {
  it('lists a contact found under two topics once', () => {
    const both = contact({ id: 'c1', topics: ['Chuyển đổi số', 'Du lịch'] });
    const merged = mergeContacts([[both], [both, contact({ id: 'c2', name: 'Lê Văn An' })]]);
    expect(merged.map((c) => c.id)).toEqual(['c2', 'c1']);
  });

  it('orders by name as Vietnamese sorts it (Đ after D, tones after the bare letter)', () => {
    const names = ['Đỗ Minh', 'Dương Lan', 'Ánh Hồng', 'An Bình'];
    const lists = [names.slice(0, 2), names.slice(2)].map((part) =>
      part.map((name) => contact({ id: name, name })),
    );
    expect(mergeContacts(lists).map((c) => c.name)).toEqual(['An Bình', 'Ánh Hồng', 'Dương Lan', 'Đỗ Minh']);
  });

  it('gives an empty list for no search', () => {
    expect(mergeContacts([])).toEqual([]);
    expect(mergeContacts([[], []])).toEqual([]);
  });
});
