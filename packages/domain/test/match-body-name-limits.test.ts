// Finding 16 of the security review: the matcher's work per request grew with the length and the
// number of the texts sent. Each text is now matched on its first 300 characters (a body's longest
// name) and each distinct text once per matcher.
import { describe, expect, it } from 'vitest';
import type { BodyRef } from '../src/bodies/body.ts';
import { createBodyMatcher, MATCH_TEXT_MAX_LENGTH } from '../src/bodies/match-body-name.ts';

const body = (id: string, parentId: string | null, kind: BodyRef['kind'], name: string): BodyRef => ({
  id,
  parentId,
  kind,
  name,
  shortNames: [],
  aliases: [],
  code: null,
});
const tree = [
  body('vn', null, 'country', 'Việt Nam'),
  body('p08', 'vn', 'province', 'Tỉnh Tuyên Quang'),
  body('p08-yte', 'p08', 'department', 'Sở Y tế'),
  body('c1', 'p08', 'commune', 'Xã Hòa An'),
];

describe('the cost of matching a text', () => {
  it('answers a repeated text from memory', () => {
    const matcher = createBodyMatcher(tree, 'p08');
    const first = matcher.match('Sở Y tế');
    expect(first).toMatchObject({ type: 'body', body: { id: 'p08-yte' } });
    expect(matcher.match('Sở Y tế')).toBe(first);
  });

  it('matches only the first 300 characters of a text, however long it is', () => {
    const matcher = createBodyMatcher(tree, 'p08');
    const long = `Sở Y tế ${'và các xã '.repeat(100_000)}`;
    const started = performance.now();
    const answer = matcher.match(long);
    const elapsed = performance.now() - started;
    expect(matcher.match(long.slice(0, MATCH_TEXT_MAX_LENGTH))).toBe(answer);
    // A megabyte of text costs what 300 characters cost (generously bounded on a shared machine).
    expect(elapsed).toBeLessThan(500);
  });
});

describe('names that are also JavaScript object members', () => {
  it('treats "constructor", "toString" and "__proto__" as plain words (found by the route fuzzer)', () => {
    const matcher = createBodyMatcher(tree, 'p08');
    for (const text of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'UBND constructor']) {
      expect(matcher.match(text).type).not.toBe('body');
    }
    expect(matcher.match('Sở Y tế')).toMatchObject({ type: 'body', body: { id: 'p08-yte' } });
  });
});
