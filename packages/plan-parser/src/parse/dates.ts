// Dates as Vietnamese documents print them: "22/12/2024", "ngày 22 tháng 12 năm 2024",
// "ngày ... tháng 5 năm 2026" (day left blank in a draft).

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDate(year: number, month: number | null, day: number | null): string {
  if (!month || month < 1 || month > 12) return String(year);
  if (!day || day < 1 || day > 31) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const NUMERIC = /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/u;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;

/** The first full date in a string, as ISO. */
export function findDate(s: string): string | null {
  const w = WORDS.exec(s);
  const n = NUMERIC.exec(s);
  const m = w && (!n || w.index <= n.index) ? w : n;
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return isoDate(y, mo, d);
}

/** Place and date of issue: "Sơn La, ngày 03 tháng 10 năm 2025", blanks allowed. */
export const PLACE_DATE =
  /(?:^|\t)([^\t,\d][^\t,]{0,60}),\s*ngày\s*([0-9]{1,2}|[.…_\s]*)\s*tháng\s*([0-9]{1,2}|[.…_\s]*)\s*năm\s*(\d{4})/iu;
