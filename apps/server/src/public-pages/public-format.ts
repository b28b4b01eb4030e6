import { withUnit } from '@lantoa/domain';

// How the public pages write figures and dates: Vietnamese separators ("1.250", "45,5%"), dates
// dd/mm/yyyy, as the staff app writes them.

const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "1.250", "45,5". */
export const formatNumber = (value: number): string => numbers.format(value);

/** "45,5%", "12 dự án"; "—" without a value. */
export const formatFigure = (value: number | null, unit: string): string =>
  value === null || !Number.isFinite(value) ? '—' : withUnit(formatNumber(value), unit);

const COMPARATORS = { '>=': '≥ ', '<=': '≤ ', '=': '' } as const;

/** A target as plans write it: "≥ 80%" (and its year when it is a later one's: "≥ 80% (2030)"). */
export const formatTarget = (
  target: { comparator: '=' | '>=' | '<='; value: number; year: number | null } | null,
  unit: string,
  year: number | null,
): string =>
  target === null
    ? '—'
    : `${COMPARATORS[target.comparator]}${formatFigure(target.value, unit)}${
        target.year !== null && target.year !== year ? ` (năm ${target.year})` : ''
      }`;
