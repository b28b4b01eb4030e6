import { describe, expect, it } from 'vitest';
import { bm25, type CorpusStats, coverage, inverseFrequency, rankPassages, termsOf } from '../src/index.ts';

const passages = [
  { id: 'a', terms: termsOf('Ít nhất 80% người dân tiếp cận thông tin qua hệ thống thông tin cơ sở') },
  { id: 'b', terms: termsOf('Tổ chức tập huấn kỹ năng truyền thông số cho cán bộ') },
  { id: 'c', terms: termsOf('Người dân sử dụng dịch vụ công trực tuyến') },
];
const statsFor = (question: string[]): CorpusStats => ({
  passages: passages.length,
  averageLength: passages.reduce((n, p) => n + p.terms.length, 0) / passages.length,
  documentFrequency: new Map(
    question.map((term) => [term, passages.filter((p) => p.terms.includes(term)).length]),
  ),
});

describe('BM25', () => {
  it('ranks the passage holding more and rarer question terms first', () => {
    const question = termsOf('tỷ lệ người dân tiếp cận thông tin cơ sở');
    const ranked = rankPassages(passages, question, statsFor(question));
    expect(ranked.map((r) => r.item.id)).toEqual(['a', 'c', 'b']);
    expect(ranked[0]?.matched).toEqual(expect.arrayContaining(['tiep', 'nguoi dan']));
  });

  it('weighs a rare term above a common one, never below zero', () => {
    const question = ['nguoi', 'tap'];
    const stats = statsFor(question);
    expect(inverseFrequency(stats, 'tap')).toBeGreaterThan(inverseFrequency(stats, 'nguoi'));
    // A term in every passage weighs little, never less than nothing.
    const everywhere = { ...stats, documentFrequency: new Map([['nguoi', 3]]) };
    expect(inverseFrequency(everywhere, 'nguoi')).toBeGreaterThanOrEqual(0);
  });

  it('saturates repeats and favours the shorter passage at equal counts', () => {
    const stats: CorpusStats = { passages: 10, averageLength: 10, documentFrequency: new Map([['so', 2]]) };
    const once = bm25(['so', ...Array(9).fill('x')], ['so'], stats).score;
    const twice = bm25(['so', 'so', ...Array(8).fill('x')], ['so'], stats).score;
    const longer = bm25(['so', ...Array(29).fill('x')], ['so'], stats).score;
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBeLessThan(2 * once);
    expect(longer).toBeLessThan(once);
  });

  it('measures how much of the question a passage holds, absent words weighing most', () => {
    const question = termsOf('giá lúa người dân');
    const stats = statsFor(question);
    const held = coverage(['nguoi', 'dan', 'nguoi dan'], question, stats);
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThan(0.5);
    expect(coverage(question, question, stats)).toBe(1);
  });
});
