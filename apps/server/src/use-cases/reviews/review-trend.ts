import {
  type IndicatorMeasure,
  progressAgainstTarget,
  standingAgainstTargets,
  TARGET_STANDING_LABELS,
  targetForYear,
} from '@lantoa/domain';
import {
  formatIndicatorTarget,
  formatIndicatorValue,
  type ReviewResultRow,
  type ReviewTrendRow,
} from '@lantoa/reports';
import type { YearFigure } from './review-indicators.ts';
import type { ReviewKind } from './review-span.ts';

// An indicator in a review: against the targets of its year and of the plan's end (the results
// table), and year by year with its change (the trend table and a sentence each).

type Target = { year: number | null; comparator: '=' | '>=' | '<='; value: number };

const DECIMAL = { maximumFractionDigits: 1 } as const;
/** The figure shown for a year without one. */
const NO_FIGURE = '—';

/** The target a plan measures itself against at its end: the latest year's, else one with no year. */
function endTarget(targets: readonly Target[]): Target | null {
  let end: Target | null = null;
  for (const t of targets) if (t.year !== null && (end?.year ?? 0) < t.year) end = t;
  return end ?? targets.find((t) => t.year === null) ?? null;
}

/**
 * A value of `year` against the plan's end target alone ("against 2030"): met once reached, else
 * against the yearly path to it (from the last earlier milestone), or not met in or after its year.
 */
function standingAtEnd(value: number, targets: readonly Target[], year: number, startYear: number) {
  const end = endTarget(targets);
  if (!end) return null;
  if (progressAgainstTarget(value, end).met) return 'met' as const;
  if (end.year === null || end.year <= year) return 'not_met' as const;
  const path = targets.filter((t) => t === end || (t.year !== null && t.year < year));
  return standingAgainstTargets(value, path, year, startYear).standing;
}

/**
 * A figure against an earlier one: "tăng 5,2 điểm %" for a table and "tăng 5,2 điểm phần trăm" for a
 * sentence (a ratio), "giảm 3 cuộc" (a count), "không đổi" below a twentieth of a point.
 */
export function changeWords(now: number, before: number, unit: string, measure: IndicatorMeasure) {
  const diff = now - before;
  if (Math.abs(diff) < 0.05) return { short: 'không đổi', long: 'không đổi' };
  const verb = diff > 0 ? 'tăng' : 'giảm';
  if (measure !== 'ratio') {
    const amount = formatIndicatorValue(Math.abs(diff), unit);
    return { short: `${verb} ${amount}`, long: `${verb} ${amount}` };
  }
  const points = Math.abs(diff).toLocaleString('vi-VN', DECIMAL);
  return { short: `${verb} ${points} điểm %`, long: `${verb} ${points} điểm phần trăm` };
}

export const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export interface Measured {
  name: string;
  unit: string;
  measure: IndicatorMeasure;
  targets: Target[];
  figures: Map<number, YearFigure>;
}

/**
 * An indicator over the years: the trend table's row and its sentence. A yearly review compares its
 * year with the last earlier year that has a figure; a final review its last year with its first.
 */
export function trendOf(m: Measured, years: number[], kind: ReviewKind, startYear: number) {
  const shown = (year: number) => {
    const value = m.figures.get(year)?.value ?? null;
    if (value === null) return { year, value: NO_FIGURE, status: '' };
    const { standing } = standingAgainstTargets(value, m.targets, year, startYear);
    return {
      year,
      value: formatIndicatorValue(value, m.unit),
      status: standing ? TARGET_STANDING_LABELS[standing] : '',
    };
  };
  const withFigure = years.filter((y) => (m.figures.get(y)?.value ?? null) !== null);
  const figureIn = (y: number) => m.figures.get(y)?.value as number;
  const shownIn = (y: number) => formatIndicatorValue(figureIn(y), m.unit);
  const last = withFigure.at(-1);
  const year = years.at(-1) as number;
  const before = kind === 'final' ? withFigure[0] : withFigure.at(-2);
  let change = NO_FIGURE;
  let sentence: string;
  if (last === undefined) {
    sentence = `- ${m.name}: chưa có số liệu chính thức${kind === 'yearly' ? ` năm ${year}` : ''}.`;
  } else if (before === undefined || before === last) {
    const others = kind === 'yearly' ? 'các năm trước' : 'năm khác';
    sentence = `- ${m.name}: năm ${last} đạt ${shownIn(last)}; chưa có số liệu ${others} để so sánh.`;
  } else {
    const words = changeWords(figureIn(last), figureIn(before), m.unit, m.measure);
    change = capital(words.short);
    const missing = kind === 'yearly' && last !== year ? `; chưa có số liệu năm ${year}` : '';
    sentence = `- ${m.name}: năm ${last} đạt ${shownIn(last)}, ${words.long} so với năm ${before} (${shownIn(before)})${missing}.`;
  }
  const row: ReviewTrendRow = { name: m.name, unit: m.unit, years: years.map(shown), change };
  return { row, sentence };
}

/** An indicator against the year's target and the plan's end target. */
export function resultOf(m: Measured, year: number, startYear: number) {
  const figure = m.figures.get(year);
  const value = figure?.value ?? null;
  const target = targetForYear(m.targets, year);
  const end = endTarget(m.targets);
  const { standing } = standingAgainstTargets(value, m.targets, year, startYear);
  const atEnd = value === null ? null : standingAtEnd(value, m.targets, year, startYear);
  const row: ReviewResultRow = {
    name: m.name,
    unit: m.unit,
    target: target ? formatIndicatorTarget(target, m.unit) : NO_FIGURE,
    value: value === null ? 'Chưa có số liệu' : formatIndicatorValue(value, m.unit),
    // A ratio's figures are its evidence; a count is its own figure.
    ...(figure && value !== null && figure.denominator !== null && figure.denominator > 0
      ? { numerator: figure.numerator, denominator: figure.denominator }
      : {}),
    status: standing === null ? (value === null ? '' : NO_FIGURE) : TARGET_STANDING_LABELS[standing],
    finalTarget: end ? formatIndicatorTarget(end, m.unit) : NO_FIGURE,
    finalStatus: atEnd ? TARGET_STANDING_LABELS[atEnd] : value === null ? '' : NO_FIGURE,
  };
  return { row, standing, hasValue: value !== null };
}
