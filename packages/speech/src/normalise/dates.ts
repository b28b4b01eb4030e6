// Times and dates as a Vietnamese announcer says them: "7h30-11h00" → "bảy giờ ba mươi phút đến
// mười một giờ", "ngày 1/6" → "ngày mồng một tháng sáu". Slashed dates that could be counts are
// told apart in slashes.ts, which reads a date through `readDate`.

import { readInteger, readMonth } from './numbers.ts';

export const validDay = (d: string): boolean => Number(d) >= 1 && Number(d) <= 31;
export const validMonth = (m: string): boolean => Number(m) >= 1 && Number(m) <= 12;

/** Days 1–10 of a month are "mồng một" … "mồng mười" (Northern usage, as announcers say). */
export const readDay = (day: string): string =>
  Number(day) <= 10 ? `mồng ${readInteger(day)}` : readInteger(day);

export function readDate(day: string, month: string, year?: string): string {
  const words = `${readDay(day)} tháng ${readMonth(Number(month))}`;
  return year ? `${words} năm ${readInteger(year)}` : words;
}

function clock(hours: string, minutes = '00', seconds = '00'): string {
  const words = [`${readInteger(hours)} giờ`];
  if (Number(minutes) > 0) words.push(`${readInteger(minutes)} phút`);
  if (Number(seconds) > 0) words.push(`${readInteger(seconds)} giây`);
  return words.join(' ');
}

// "7h30", "17h", "8h05'", "7:30", "07:30:15".
const TIME = String.raw`(?:[01]?\d|2[0-4])(?:h(?:[0-5]\d(?:ph|p|')?)?|:[0-5]\d(?::[0-5]\d)?)`;
// "7h30-11h00", "13h30 - 17h00", "7-11h": a span, "đến" (a bare dash is not said at all).
const TIME_SPAN = new RegExp(
  String.raw`(?<![\p{L}\d.,:])(${TIME}|[01]?\d|2[0-4])\s*[-–]\s*(${TIME})(?![\p{L}\d])`,
  'gu',
);

export function times(text: string): string {
  return text
    .replace(TIME_SPAN, '$1 đến $2')
    .replace(
      /(?<![\d:.,])([01]?\d|2[0-4]):([0-5]\d)(?::([0-5]\d))?(?![\d:])/g,
      (_, h: string, m: string, s: string | undefined) => clock(h, m, s),
    )
    .replace(
      /(?<![\p{L}\d.,])([01]?\d|2[0-4])h(?:([0-5]\d)(?:ph|p|')?)?(?![\p{L}\d])/gu,
      (_, h: string, m: string | undefined) => clock(h, m),
    );
}

/** "18-5-2026", "01-6-2026". */
export function dashedDates(text: string): string {
  return text.replace(
    /(?<![\d/.,-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d/-])/g,
    (whole, d: string, m: string, y: string) => (validDay(d) && validMonth(m) ? readDate(d, m, y) : whole),
  );
}

/**
 * "18-25/5", "1-5/6/2026": a span of days in one month, each day read as a day ("mồng một đến
 * mồng năm tháng sáu"); runs before number ranges, which would read the first day as a number.
 */
export function daySpans(text: string): string {
  return text.replace(
    /(?<![\d/.,-])(\d{1,2})\s*[-–]\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/g,
    (whole, from: string, to: string, m: string, y: string | undefined) =>
      validDay(from) && validDay(to) && Number(from) < Number(to) && validMonth(m)
        ? `${readDay(from)} đến ${readDate(to, m, y)}`
        : whole,
  );
}

/**
 * "ngày 05 tháng 12", "2 tháng 9": the day of a date written with "tháng", "ngày mồng năm tháng
 * mười hai". Without "ngày", only where the date ends the phrase ("2 tháng 9." but not "trong 3
 * tháng 6 lớp học", three months).
 */
export function writtenDates(text: string): string {
  return text
    .replace(
      /(?<!\p{L})(ngày)\s+(0?[1-9]|10)(?=\s+tháng\s+\d)/giu,
      (_, word: string, day: string) => `${word} ${readDay(day)}`,
    )
    .replace(
      /(?<!(?:mồng|mùng|ngày)\s+|[\p{L}\d.,])(0?[1-9]|10)(?=\s+tháng\s+(?:0?[1-9]|1[0-2])(?:\s*(?:$|[,.;:)!?])|\s+(?:năm|hằng năm|hàng năm)(?!\p{L})))/gimu,
      (_, day: string) => readDay(day),
    );
}
