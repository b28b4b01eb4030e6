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

/** The start of a text on one line, cut between characters: "…" marks the cut. */
export function excerpt(text: string, length: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > length ? `${chars.slice(0, length - 1).join('')}…` : chars.join('');
}

/** A file size in Vietnamese units: "820 KB", "1,5 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024)} KB`;
  return `${formatNumber(bytes / 1024 / 1024)} MB`;
}
