// A reported value (numerator of denominator, e.g. 45 of 60 officials informed): the checks and the
// rounding shared by the report form's instant feedback and the server's refusal.

/** A share in percent with one decimal (45 of 60 → 75), null when there is nothing to divide by. */
export function percent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 1000) / 10 : null;
}

export type ValueProblem = 'denominator' | 'numerator';

export const VALUE_PROBLEM_MESSAGES: Readonly<Record<ValueProblem, { vi: string; en: string }>> = {
  denominator: {
    vi: 'Mẫu số phải lớn hơn 0. Hãy nhập tổng số đối tượng.',
    en: 'The denominator must be greater than 0. Enter the total number of people or units.',
  },
  numerator: {
    vi: 'Tử số phải từ 0 đến mẫu số. Hãy kiểm tra lại số liệu.',
    en: 'The numerator must be between 0 and the denominator. Check the figures.',
  },
};

/** Which number of a value is wrong, or null when the pair makes sense. */
export function valueProblem(value: { numerator: number; denominator: number }): ValueProblem | null {
  if (!(value.denominator > 0) || !Number.isFinite(value.denominator)) return 'denominator';
  if (!Number.isFinite(value.numerator) || value.numerator < 0 || value.numerator > value.denominator) {
    return 'numerator';
  }
  return null;
}
