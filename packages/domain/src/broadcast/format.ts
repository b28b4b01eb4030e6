/**
 * A duration the way it is said in Vietnamese: 45 → "45 giây", 125 → "2 phút 05 giây",
 * 120 → "2 phút", 3905 → "1 giờ 05 phút 05 giây", 3600 → "1 giờ", 0 → "0 giây". Fractions of a second
 * are rounded; a unit after a larger one is written with two digits, and trailing zero units are left
 * out. Throws RangeError on a negative or non-finite number.
 */
export function formatDurationVi(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`A duration must be a finite number of seconds ≥ 0, got ${seconds}`);
  }
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} giờ`);
  if (minutes > 0 || (hours > 0 && secs > 0)) parts.push(`${hours > 0 ? pad2(minutes) : minutes} phút`);
  if (secs > 0 || total === 0) parts.push(`${total >= 60 ? pad2(secs) : secs} giây`);
  return parts.join(' ');
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
