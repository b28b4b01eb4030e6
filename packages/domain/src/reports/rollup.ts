import { membersOf } from '../named-list.ts';
import { type IndicatorMeasure, valueProblem } from './values.ts';

export type TargetComparator = '=' | '>=' | '<=';

/** One body's reported value of an indicator, for one period. */
export interface BodyIndicatorValue {
  /** Materialised path '/root/…/id/'. */
  bodyPath: string;
  /** A ratio's numerator, or a count's figure. */
  numerator: number;
  /** Null for a count. */
  denominator: number | null;
}

export interface RollUp {
  numerator: number;
  /** 0 for a count. */
  denominator: number;
  /** A ratio: Σnumerator / Σdenominator × 100; a count: Σcounts. Null when nothing was counted. */
  value: number | null;
  /** Rows counted. */
  reporting: number;
  /** Rows in the subtree left out as data errors. */
  invalid: number;
}

/**
 * The indicator at the body `atPath` and everything below it. A ratio is the sum of numerators over
 * the sum of denominators, never an average of percentages (90/100 and 10/900 give 10 %, not 50 %);
 * a count is the sum of the counts. The body's own row counts too, so at a commune this is its own
 * value. One row per body is expected.
 *
 * A row is a data error, excluded and counted in `invalid` rather than summed, when `valueProblem`
 * finds it wrong for the measure (the database refuses most of the same rows).
 */
export function rollUp(
  values: Iterable<BodyIndicatorValue>,
  atPath: string,
  measure: IndicatorMeasure = 'ratio',
): RollUp {
  // '/root/a' would otherwise also match '/root/ab/'.
  const prefix = atPath.endsWith('/') ? atPath : `${atPath}/`;
  let numerator = 0;
  let denominator = 0;
  let reporting = 0;
  let invalid = 0;
  for (const row of values) {
    if (!row.bodyPath.startsWith(prefix)) continue;
    if (valueProblem(row, measure) !== null) {
      invalid += 1;
      continue;
    }
    numerator += row.numerator;
    denominator += row.denominator ?? 0;
    reporting += 1;
  }
  const value =
    measure === 'count'
      ? reporting > 0
        ? numerator
        : null
      : denominator > 0
        ? (numerator / denominator) * 100
        : null;
  return { numerator, denominator, value, reporting, invalid };
}

export interface TargetProgress {
  /** null when there is no value yet. */
  met: boolean | null;
  /**
   * How far along, 1 = exactly at the target: value/target for '>=' and '=', target/value for '<='
   * (lower is better). May exceed 1. null without a value or when dividing by zero.
   */
  ratio: number | null;
  /**
   * What is still to cover in the value's own terms (percentage points, or things counted), 0 once
   * met; for '=' the distance either way.
   */
  gap: number | null;
}

// Values come from divisions: 7/7 × 100 must meet '= 100' despite float noise.
const EPSILON = 1e-9;

export function progressAgainstTarget(
  value: number | null,
  target: { comparator: TargetComparator; value: number },
): TargetProgress {
  if (value === null || !Number.isFinite(value)) return { met: null, ratio: null, gap: null };
  const t = target.value;
  switch (target.comparator) {
    case '>=':
      return { met: value >= t - EPSILON, ratio: divide(value, t), gap: clampGap(t - value) };
    case '<=':
      return { met: value <= t + EPSILON, ratio: divide(t, value), gap: clampGap(value - t) };
    case '=':
      return {
        met: Math.abs(value - t) <= EPSILON,
        ratio: divide(value, t),
        gap: clampGap(Math.abs(value - t)),
      };
  }
}

/**
 * The target that applies to `year`: the one set for that year, otherwise the nearest later year's
 * (a 2030 target is what 2026–2029 progress is measured against), otherwise a target with no year
 * (one stated for the whole plan). Targets of earlier years never apply: they are past milestones.
 * Null when nothing applies. Returns the caller's own object, so extra fields (ids) are kept.
 */
export function targetForYear<T extends { year: number | null; comparator: TargetComparator; value: number }>(
  targets: readonly T[],
  year: number,
): T | null {
  let best: T | null = null;
  let undated: T | null = null;
  for (const t of targets) {
    if (t.year === null) {
      undated ??= t;
      continue;
    }
    if (t.year < year) continue;
    if (best === null || (best.year !== null && t.year < best.year)) best = t;
  }
  return best ?? undated;
}

/**
 * Where a value stands for a year: against the target of that year ('met' / 'not_met'), or, when the
 * target that applies is a later year's ("≥ 80% by 2030" read in 2026), against the yearly path to it
 * ('on_track' / 'behind'): a straight line from the last milestone before the year (an earlier
 * year's target, else 0 before the plan's first year) to the later target. A plan in its first year
 * is not "short of" its 2030 target. A '<=' target (lower is better) has no path without a starting
 * value: reaching it early is on track, anything else is not judged yet (null). The labels are how
 * an official document words a standing (the staff app has its own, translated, labels).
 */
export const TARGET_STANDING_LABELS = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  on_track: 'Đúng lộ trình',
  behind: 'Chậm so với lộ trình',
} as const;
export type TargetStanding = keyof typeof TARGET_STANDING_LABELS;
export const TARGET_STANDINGS = membersOf(TARGET_STANDING_LABELS);

export function standingAgainstTargets(
  value: number | null,
  targets: readonly { year: number | null; comparator: TargetComparator; value: number }[],
  year: number,
  firstYear: number,
): { standing: TargetStanding | null; expected: number | null } {
  const target = targetForYear(targets, year);
  if (!target || value === null || !Number.isFinite(value)) return { standing: null, expected: null };
  if (target.year === null || target.year <= year) {
    const met = progressAgainstTarget(value, target).met;
    return { standing: met === null ? null : met ? 'met' : 'not_met', expected: target.value };
  }
  if (target.comparator === '<=') {
    const early = progressAgainstTarget(value, target).met === true;
    return { standing: early ? 'on_track' : null, expected: null };
  }
  let from = { year: firstYear - 1, value: 0 };
  for (const t of targets) {
    if (t.year !== null && t.year < year && t.year >= from.year && t.comparator !== '<=')
      from = { year: t.year, value: t.value };
  }
  const expected =
    from.value + ((target.value - from.value) * (year - from.year)) / (target.year - from.year);
  return { standing: value >= expected - EPSILON ? 'on_track' : 'behind', expected };
}

function divide(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function clampGap(gap: number): number {
  return gap <= EPSILON ? 0 : gap;
}
