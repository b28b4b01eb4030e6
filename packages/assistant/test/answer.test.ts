import { describe, expect, it } from 'vitest';
import {
  answers,
  type CorpusStats,
  extractAnswer,
  NOT_FOUND,
  questionTerms,
  quoteOf,
  termsOf,
} from '../src/index.ts';

const A = {
  id: 'a',
  text: 'Mục tiêu đến năm 2030.\n- Ít nhất 80% người dân tiếp cận thông tin qua hệ thống thông tin cơ sở.\n- Ít nhất 70% cán bộ được đào tạo kỹ năng truyền thông số.',
};
const B = { id: 'b', text: 'Người dân được hướng dẫn sử dụng dịch vụ công trực tuyến. Thời gian: hằng năm.' };
const question = questionTerms(
  'Tỷ lệ người dân tiếp cận thông tin qua hệ thống thông tin cơ sở năm 2030 là bao nhiêu?',
);
const stats: CorpusStats = {
  passages: 20,
  averageLength: 60,
  documentFrequency: new Map(
    question.map((term) => [term, [A, B].filter((p) => termsOf(p.text).includes(term)).length + 1]),
  ),
};
const matched = (text: string) => question.filter((term) => termsOf(text).includes(term));

describe('extractive answers', () => {
  it('quotes the sentence of a passage that holds most of the question', () => {
    expect(quoteOf(A.text, question, stats)).toBe(
      '- Ít nhất 80% người dân tiếp cận thông tin qua hệ thống thông tin cơ sở.',
    );
  });

  it('answers with sentences of the passages, each citing its passage, best passage first', () => {
    const sentences = extractAnswer(
      [
        { ...A, matched: matched(A.text) },
        { ...B, matched: matched(B.text) },
      ],
      question,
      stats,
    );
    expect(sentences[0]).toEqual({
      text: '- Ít nhất 80% người dân tiếp cận thông tin qua hệ thống thông tin cơ sở.',
      passageId: 'a',
    });
    expect(sentences.length).toBeLessThanOrEqual(3);
    for (const s of sentences)
      expect([A, B].find((p) => p.id === s.passageId)?.text).toContain(s.text.trim());
  });

  it('says a passage holding little of the question does not answer it', () => {
    expect(answers({ ...A, matched: matched(A.text) }, question, stats)).toBe(true);
    const price = questionTerms('Giá lúa gạo ở chợ hôm nay bao nhiêu tiền một cân?');
    expect(answers({ ...B, matched: ['nguoi'] }, price, { ...stats, documentFrequency: new Map() })).toBe(
      false,
    );
    expect(answers(undefined, question, stats)).toBe(false);
    expect(NOT_FOUND).toMatch(/^Không tìm thấy trong các nguồn.*Hãy hỏi lại/);
  });
});
