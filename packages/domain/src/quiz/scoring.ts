export interface ScoredQuestion {
  id: string;
  correctOptionIds: readonly string[];
}

export interface AttemptScore {
  correct: number;
  total: number;
}

/**
 * Scores one attempt. A question counts only when the chosen options are exactly the correct ones
 * (no partial credit on multi-answer questions; choosing an option twice is the same as once).
 * Unanswered questions count as wrong, answers to questions not in the attempt are ignored, and a
 * question with no correct option never counts, so leaving it blank earns nothing.
 */
export function scoreAttempt(
  questions: readonly ScoredQuestion[],
  answers: Readonly<Record<string, readonly string[]>>,
): AttemptScore {
  let correct = 0;
  for (const question of questions) {
    const expected = new Set(question.correctOptionIds);
    const chosen = new Set(Object.hasOwn(answers, question.id) ? answers[question.id] : []);
    if (expected.size > 0 && chosen.size === expected.size && [...chosen].every((id) => expected.has(id))) {
      correct++;
    }
  }
  return { correct, total: questions.length };
}
