import { describe, expect, it } from 'vitest';
import { parseWebDate } from '../src/index.ts';

const iso = (raw: string) => parseWebDate(raw)?.toISOString() ?? null;

describe('dates of feeds and pages', () => {
  it('reads RFC 822 with numeric, GMT±h, named and Vietnam zones', () => {
    expect(iso('Mon, 12 May 2025 08:30:00 +0700')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('Mon, 12 May 2025 01:30:00 GMT')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('Mon, 12 May 2025 08:30:00 GMT+7')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('Mon, 12 May 2025 08:30:00 ICT')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('12 May 2025 08:30 +07:00')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('Sun, 11 May 2025 21:30:00 EDT')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('Mon, 12 May 25 08:30:00 +0700')).toBe('2025-05-12T01:30:00.000Z');
  });

  it('reads ISO 8601 with an offset, Z, or none (Vietnam time), and a bare day', () => {
    expect(iso('2025-05-12T08:30:00+07:00')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('2025-05-12T08:30:00.123+0700')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('2025-05-12T01:30:00Z')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('2025-05-12 08:30:00')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('2025-05-12')).toBe('2025-05-11T17:00:00.000Z');
  });

  it('reads dd/mm/yyyy with the time before or after, in Vietnam time', () => {
    expect(iso('12/05/2025 08:30')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('08:30 12/05/2025')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('08:30, 12/5/2025')).toBe('2025-05-12T01:30:00.000Z');
    expect(iso('12-05-2025')).toBe('2025-05-11T17:00:00.000Z');
  });

  it('gives null for what it cannot read, and for days that do not exist', () => {
    for (const raw of [
      '',
      '   ',
      'hôm qua',
      '31/02/2025',
      '2025-13-01',
      'Mon, 12 Foo 2025 08:30:00 +0700',
      '12 May 2025 25:00',
      'x'.repeat(200),
      null,
      undefined,
    ]) {
      expect(parseWebDate(raw)).toBeNull();
    }
  });
});
