import { answerKeysRevealed, isRoundSettled, type QuizQuestionInput, shuffleOptions } from '@lantoa/domain';
import type { AttemptView } from '../rows/attempt-view.ts';

type StoredOption = QuizQuestionInput['options'][number];

/**
 * What the participant sees of an attempt: questions and options in its own order. The score comes
 * once the round has settled; the answer key and explanations only once the whole contest has
 * (a question may be drawn again in a later round).
 */
export function presentAttempt({ attempt, questions, answers, contestCloses }: AttemptView, now: Date) {
  const ids = attempt.question_ids as string[];
  const settled = isRoundSettled(attempt.closes_at.getTime(), now.getTime());
  const revealed = answerKeysRevealed(contestCloses, now.getTime());
  return {
    id: attempt.id,
    round: attempt.round_number,
    number: attempt.number,
    startedAt: attempt.started_at.toISOString(),
    deadlineAt: new Date(Math.min(attempt.deadline_at.getTime(), attempt.closes_at.getTime())).toISOString(),
    submittedAt: attempt.submitted_at?.toISOString() ?? null,
    result: settled && attempt.submitted_at ? { correct: attempt.correct, total: attempt.total } : null,
    questions: ids.map((id) => {
      const q = questions.find((x) => x.id === id);
      const options = (q?.options ?? []) as StoredOption[];
      const order = shuffleOptions(
        options.map((o) => o.key),
        `${attempt.id}:${id}`,
      );
      return {
        id,
        text: q?.text ?? '',
        options: order.map((key) => ({ key, text: options.find((o) => o.key === key)?.text ?? '' })),
        answer: answers.find((a) => a.question_id === id)?.option_keys ?? [],
        ...(revealed
          ? { correct: options.filter((o) => o.correct).map((o) => o.key), explanation: q?.explanation ?? '' }
          : {}),
      };
    }),
  };
}
