import { describe, expect, it } from 'vitest';
import { parseCorrectKeys, type QuizQuestionInput, questionProblems } from '../src/quiz/question.ts';

const base: QuizQuestionInput = {
  topic: 'Nghị quyết 57',
  difficulty: 1,
  text: 'Nghị quyết 57-NQ/TW được ban hành ngày nào?',
  explanation: 'Ngày 22/12/2024.',
  options: [
    { key: 'A', text: '22/12/2024', correct: true },
    { key: 'B', text: '01/10/2024', correct: false },
  ],
};

describe('questionProblems', () => {
  it('accepts a question with two options and one correct', () => {
    expect(questionProblems(base)).toEqual([]);
  });

  it.each([
    ['no topic', { topic: ' ' }, 'topic'],
    ['a difficulty outside 1–3', { difficulty: 4 }, 'difficulty'],
    ['no text', { text: '' }, 'text'],
    ['one option only', { options: [{ key: 'A', text: 'x', correct: true }] }, 'options'],
    [
      'seven options',
      { options: 'ABCDEFG'.split('').map((key) => ({ key, text: key, correct: key === 'A' })) },
      'options',
    ],
    [
      'two options alike',
      {
        options: [
          { key: 'A', text: 'Có', correct: true },
          { key: 'B', text: ' có ', correct: false },
        ],
      },
      'options',
    ],
    ['no correct option', { options: base.options.map((o) => ({ ...o, correct: false })) }, 'correct'],
    [
      'a correct option left blank',
      { options: [...base.options, { key: 'C', text: '', correct: true }] },
      'correct',
    ],
  ])('refuses %s', (_name, change, field) => {
    expect(questionProblems({ ...base, ...change }).map((p) => p.field)).toContain(field);
  });

  it('accepts several correct options', () => {
    const q = {
      ...base,
      options: [...base.options, { key: 'C', text: 'Ngày 22 tháng 12 năm 2024', correct: true }],
    };
    expect(questionProblems(q)).toEqual([]);
  });
});

describe('parseCorrectKeys', () => {
  it('reads "A, c; A" as A and C', () => {
    expect(parseCorrectKeys('A, c; A')).toEqual(['A', 'C']);
  });
});
