// A reported value: a ratio (numerator of denominator, e.g. 45 of 60 officials informed, shown as a
// percentage) or a count (one figure, e.g. 2 projects, shown with its unit). The checks and the
// rounding shared by the report form's instant feedback and the server's refusal.

/** How an indicator measures its target: a share in percent, or a number of things. */
export const INDICATOR_MEASURES = ['ratio', 'count'] as const;
export type IndicatorMeasure = (typeof INDICATOR_MEASURES)[number];

/** The measure a target's unit calls for: '%' is a ratio, any counted noun ('dự án') a count. */
export const measureOfUnit = (unit: string): IndicatorMeasure =>
  unit.trim() === '%' || unit.trim() === '' ? 'ratio' : 'count';

/**
 * A figure with its unit as it is written: a percent sign glued to it ("83,5%"), a counted noun after
 * a space ("1.250 lượt người"). The figure comes formatted (Vietnamese separators) by the caller.
 */
export function withUnit(figure: string, unit: string): string {
  const u = unit.trim();
  return u === '%' || u === '' ? `${figure}${u}` : `${figure} ${u}`;
}

/** A share in percent with one decimal (45 of 60 → 75), null when there is nothing to divide by. */
export function percent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 1000) / 10 : null;
}

/**
 * What an indicator's figures amount to: a ratio's percentage (null with nothing to divide by), a
 * count's figure itself (null when nobody reported one).
 */
export function measuredValue(
  measure: IndicatorMeasure,
  figures: { numerator: number; denominator: number | null; reporting?: number | null | undefined },
): number | null {
  if (measure === 'count') return figures.reporting === 0 ? null : figures.numerator;
  return percent(figures.numerator, figures.denominator ?? 0);
}

export type ValueProblem = 'denominator' | 'numerator' | 'count' | 'countDenominator';

export const VALUE_PROBLEM_MESSAGES: Readonly<Record<ValueProblem, { vi: string; en: string }>> = {
  denominator: {
    vi: 'Mẫu số phải lớn hơn 0. Hãy nhập tổng số đối tượng.',
    en: 'The denominator must be greater than 0. Enter the total number of people or units.',
  },
  numerator: {
    vi: 'Tử số phải từ 0 đến mẫu số. Hãy kiểm tra lại số liệu.',
    en: 'The numerator must be between 0 and the denominator. Check the figures.',
  },
  count: {
    vi: 'Số lượng phải là số nguyên từ 0 trở lên. Hãy nhập lại số liệu.',
    en: 'The count must be a whole number, 0 or more. Enter the figure again.',
  },
  countDenominator: {
    vi: 'Chỉ tiêu số lượng không có mẫu số. Hãy để trống mẫu số, chỉ nhập số lượng.',
    en: 'A count has no denominator. Leave the denominator empty and enter only the count.',
  },
};

/** The field of a value a problem is about: a count's figure is kept as its numerator. */
export const VALUE_PROBLEM_FIELD: Readonly<Record<ValueProblem, 'numerator' | 'denominator'>> = {
  denominator: 'denominator',
  numerator: 'numerator',
  count: 'numerator',
  countDenominator: 'denominator',
};

/**
 * Which number of a value is wrong for its indicator's measure, or null when it makes sense: a ratio's
 * numerator within 0…denominator and a positive denominator; a count a finite whole number ≥ 0 with
 * no denominator.
 */
export function valueProblem(
  value: { numerator: number; denominator?: number | null | undefined },
  measure: IndicatorMeasure = 'ratio',
): ValueProblem | null {
  if (measure === 'count') {
    if (value.denominator !== null && value.denominator !== undefined) return 'countDenominator';
    return Number.isSafeInteger(value.numerator) && value.numerator >= 0 ? null : 'count';
  }
  const { denominator } = value;
  if (denominator === null || denominator === undefined) return 'denominator';
  if (!(denominator > 0) || !Number.isFinite(denominator)) return 'denominator';
  if (!Number.isFinite(value.numerator) || value.numerator < 0 || value.numerator > denominator) {
    return 'numerator';
  }
  return null;
}
