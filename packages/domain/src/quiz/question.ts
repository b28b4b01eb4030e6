// A multiple-choice question of the bank: 2 to 6 options, one or more correct.

export const QUIZ_OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const QUIZ_DIFFICULTIES = [1, 2, 3] as const; // dễ, trung bình, khó

export interface QuizQuestionInput {
  topic: string;
  difficulty: number;
  text: string;
  explanation: string;
  options: { key: string; text: string; correct: boolean }[];
}

export interface QuestionProblem {
  field: 'topic' | 'difficulty' | 'text' | 'options' | 'correct';
  message: string;
}

/** What is wrong with a question, in Vietnamese, field by field; empty when it can be used. */
export function questionProblems(q: QuizQuestionInput): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  if (!q.topic.trim()) problems.push({ field: 'topic', message: 'Thiếu chủ đề của câu hỏi.' });
  if (!(QUIZ_DIFFICULTIES as readonly number[]).includes(q.difficulty)) {
    problems.push({ field: 'difficulty', message: 'Mức độ phải là 1 (dễ), 2 (trung bình) hoặc 3 (khó).' });
  }
  if (!q.text.trim()) problems.push({ field: 'text', message: 'Thiếu nội dung câu hỏi.' });
  const filled = q.options.filter((o) => o.text.trim());
  if (filled.length < 2 || filled.length > QUIZ_OPTION_KEYS.length) {
    problems.push({ field: 'options', message: 'Mỗi câu hỏi cần từ 2 đến 6 phương án trả lời.' });
  }
  const texts = filled.map((o) => o.text.trim().normalize('NFC').toLocaleLowerCase('vi'));
  if (new Set(texts).size !== texts.length) {
    problems.push({ field: 'options', message: 'Có hai phương án trùng nội dung.' });
  }
  if (!q.options.some((o) => o.correct)) {
    problems.push({ field: 'correct', message: 'Cần ít nhất một đáp án đúng.' });
  } else if (q.options.some((o) => o.correct && !o.text.trim())) {
    problems.push({ field: 'correct', message: 'Đáp án đúng chỉ vào một phương án bỏ trống.' });
  }
  return problems;
}

/** "A, c" → ['A', 'C']: the correct-answer cell of the Excel template. */
export function parseCorrectKeys(cell: string): string[] {
  return [
    ...new Set(
      cell
        .toUpperCase()
        .split(/[\s,;/]+/u)
        .filter(Boolean),
    ),
  ];
}
