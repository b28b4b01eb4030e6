// How the screens write an indicator's figures: a ratio as a percentage ("90%"), a count with its
// unit ("12 dự án"), both with Vietnamese separators, and a target against either ("≥ 2 dự án").
import { withUnit } from '@lantoa/domain/rules';
import type { YearTarget } from '../../api/types.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../shared/format.ts';
import { COMPARATOR_SYMBOLS } from '../../shared/labels.tsx';

/** "90%", "1.250 lượt người"; "—" without a value. */
export function formatIndicatorValue(value: number | null | undefined, unit: string): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : withUnit(formatNumber(value), unit);
}

/** A target as plans write it: "≥ 80%", "≥ 2 dự án", and "100%" ('=' goes without a sign). */
export function formatTargetFigure(target: Pick<YearTarget, 'comparator' | 'value'>, unit: string): string {
  const sign = target.comparator === '=' ? '' : `${COMPARATOR_SYMBOLS[target.comparator]} `;
  return `${sign}${withUnit(formatNumber(target.value), unit)}`;
}

/** A target with its year, "≥ 2 dự án (2026)" as the translation words it; "—" without one. */
export function formatTarget(target: YearTarget | null, unit: string, t: Translate): string {
  if (!target) return t('common.none');
  const value = formatTargetFigure(target, unit);
  return target.year ? t('indicators.targetOfYear', { value, year: target.year }) : value;
}

/** The figures behind a ratio's percentage, " (45/60)"; a count is its own figure: ''. */
export function figuresBehind(value: { numerator: number; denominator: number | null }): string {
  return value.denominator === null
    ? ''
    : ` (${formatNumber(value.numerator)}/${formatNumber(value.denominator)})`;
}
