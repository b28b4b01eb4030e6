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
