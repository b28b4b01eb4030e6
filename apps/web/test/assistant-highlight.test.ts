// Marking places in a text without markup (the quote in a cited passage, the words the speech engine
// may say wrong), the citation numbers, and the links to a passage's source.
import { describe, expect, it } from 'vitest';
import { sourcePath } from '../src/features/assistant/api.ts';
import {
  asChecked,
  citationNumbers,
  distinctFindings,
  piecesOf,
  quoteSpan,
} from '../src/features/assistant/highlight.ts';

describe('a text cut at its marked places', () => {
  it('keeps every character, in order, with each marked piece naming its span', () => {
    const text = 'Liên hệ HTXNN Tân Tiến hoặc BQL.';
    const spans = [
      { start: 28, end: 31 },
      { start: 8, end: 13 },
    ];
    const pieces = piecesOf(text, spans);
    expect(pieces).toEqual([
      { text: 'Liên hệ ', span: null },
      { text: 'HTXNN', span: 1 },
      { text: ' Tân Tiến hoặc ', span: null },
      { text: 'BQL', span: 0 },
      { text: '.', span: null },
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('marks a place once when spans overlap, and clips spans past the text', () => {
    expect(
      piecesOf('abcdef', [
        { start: 1, end: 4 },
        { start: 2, end: 5 },
        { start: 5, end: 99 },
        { start: 3, end: 3 },
      ]),
    ).toEqual([
      { text: 'a', span: null },
      { text: 'bcd', span: 0 },
      { text: 'e', span: 1 },
      { text: 'f', span: 2 },
    ]);
  });

  it('leaves a text without spans whole, and an empty text empty', () => {
    expect(piecesOf('Kính thưa bà con', [])).toEqual([{ text: 'Kính thưa bà con', span: null }]);
    expect(piecesOf('', [{ start: 0, end: 2 }])).toEqual([]);
  });
});

describe('the quote found in its passage', () => {
  const passage =
    'Mục tiêu cụ thể:\n- Ít nhất 80% người dân tiếp cận thông tin\nqua hệ thống thông tin cơ sở.';

  it('as written', () => {
    const span = quoteSpan(passage, 'Ít nhất 80% người dân');
    expect(span && passage.slice(span.start, span.end)).toBe('Ít nhất 80% người dân');
  });

  it('across a line break and in another case', () => {
    const span = quoteSpan(passage, 'ít nhất 80% người dân tiếp cận thông tin qua hệ thống');
    expect(span && passage.slice(span.start, span.end)).toBe(
      'Ít nhất 80% người dân tiếp cận thông tin\nqua hệ thống',
    );
  });

  it('not at all: null', () => {
    expect(quoteSpan(passage, '95% hộ gia đình')).toBeNull();
    expect(quoteSpan(passage, '  ')).toBeNull();
  });
});

describe('the checked text and its findings', () => {
  it('is composed and trimmed as the server counts it', () => {
    const decomposed = ' Hòa An '.normalize('NFD');
    expect(asChecked(decomposed)).toBe('Hòa An'.normalize('NFC'));
  });

  it('lists each word once with how often it occurs', () => {
    const found = distinctFindings([
      { kind: 'abbreviation', written: 'BQL', start: 0, end: 3 },
      { kind: 'abbreviation', written: 'HTXNN', start: 5, end: 10 },
      { kind: 'abbreviation', written: 'BQL', start: 20, end: 23 },
    ]);
    expect(found.map(({ finding, count }) => [finding.written, count])).toEqual([
      ['BQL', 2],
      ['HTXNN', 1],
    ]);
  });
});

describe('citations and sources', () => {
  it('numbers the passages from 1 in the order they are listed', () => {
    expect([...citationNumbers([{ id: 'b' }, { id: 'a' }])]).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('opens a source on its page, a reference document nowhere', () => {
    expect(sourcePath('library_item', 'x')).toBe('/library/x');
    expect(sourcePath('plan', 'p')).toBe('/plans/p');
    expect(sourcePath('bulletin', 'b')).toBe('/broadcast/bulletins/b');
    expect(sourcePath('reference', 'r')).toBeNull();
  });
});
