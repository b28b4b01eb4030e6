import dayjs from 'dayjs';
import 'dayjs/locale/vi.js';

dayjs.locale('vi');

export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

const numberFormat = new Intl.NumberFormat('vi-VN');

export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(DATE_FORMAT) : '';
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(DATE_TIME_FORMAT) : '';
}

/** Numbers with Vietnamese separators: 1.234.567,8 */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A document date as the parser gives it ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') in Vietnamese order. */
export function formatPartialDate(value: string | null | undefined): string {
  if (!value) return '';
  const [year, month, day] = value.split('-');
  return [day, month, year].filter(Boolean).join('/');
}

/** The reverse of `formatPartialDate`: 'dd/mm/yyyy', 'mm/yyyy' or 'yyyy'; null when malformed. */
export function parsePartialDate(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const parts = trimmed.split(/[/.-]/).map((p) => p.trim());
  if (!parts.every((p) => /^\d+$/.test(p))) return undefined;
  const [a, b, c] = parts;
  const pad = (p: string) => p.padStart(2, '0');
  if (parts.length === 1 && a && a.length === 4) return a;
  if (parts.length === 2 && a && b && b.length === 4 && Number(a) >= 1 && Number(a) <= 12)
    return `${b}-${pad(a)}`;
  if (parts.length === 3 && a && b && c && c.length === 4) {
    const iso = `${c}-${pad(b)}-${pad(a)}`;
    const date = new Date(`${iso}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
  }
  return undefined;
}

/** A percentage for a 0…1 confidence. */
export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** Years of a plan, e.g. "2026–2030". */
export function formatYears(start: number | null, end: number | null): string {
  if (!start && !end) return '';
  if (!end || start === end) return String(start ?? end);
  return `${start ?? ''}–${end}`;
}
