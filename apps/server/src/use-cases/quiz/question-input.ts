import { randomBytes } from 'node:crypto';
import { type QuizQuestionInput, questionProblems } from '@lantoa/domain';
import { AppError } from '../../http/errors.ts';

/** Two options under one letter: the key would not say which one a participant chose. */
function duplicateKeyProblem(q: QuizQuestionInput): { field: 'options'; message: string } | null {
  const keys = q.options.map((o) => o.key.trim().toUpperCase());
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  return twice === undefined
    ? null
    : {
        field: 'options',
        message: `Có hai phương án cùng mang chữ «${twice}». Hãy đặt mỗi phương án một chữ khác nhau (A–F).`,
      };
}

/** 400 naming the field of the first problem of a question. */
export function assertQuestion(q: QuizQuestionInput) {
  const problem = duplicateKeyProblem(q) ?? questionProblems(q)[0];
  if (problem) throw new AppError('invalid_input', problem.message, problem.field);
}

/** A question as stored: texts trimmed in NFC, empty options dropped, options as JSON. */
export const cleanQuestion = (q: QuizQuestionInput) => ({
  topic: q.topic.trim().normalize('NFC'),
  difficulty: q.difficulty,
  text: q.text.trim().normalize('NFC'),
  explanation: q.explanation.trim().normalize('NFC'),
  options: JSON.stringify(
    q.options
      .filter((o) => o.text.trim())
      .map((o) => ({ key: o.key, text: o.text.trim().normalize('NFC'), correct: o.correct })),
  ),
});

/** A code for a question sent without one. */
export const newQuestionCode = () => `Q-${randomBytes(4).toString('hex').toUpperCase()}`;
