// Fields of request schemas that several areas share, with the bounds the database imposes: input
// that the database cannot hold (an impossible date, a number beyond its int4 column) is refused
// with a 400 naming the field, so it never reaches a use case. The server's routes take them
// through apps/server/src/routes/schemas.ts; the request schemas here build on them. (The response
// side's `isoDate`/`isoDateTime` in common.ts only document a format: answers are not re-checked.)
import { z } from 'zod';

/** The largest value of a PostgreSQL `int` (int4) column. */
export const INT4_MAX = 2_147_483_647;

/** An integer that fits the int4 column it is stored in (counts, listeners, seconds…). */
export const int4 = (min = 0, max = INT4_MAX) => z.number().int().min(min).max(max);

/**
 * The optimistic version of the row the client loaded. The save writes `version + 1` into an int4
 * column, so the largest accepted value leaves room for that increment.
 */
export const version = int4(1, INT4_MAX - 1);
/** As `version`, where 0 means "not saved yet: create it" (reports). */
export const versionOrNew = int4(0, INT4_MAX - 1);

/** Which page of a list (query string, 1-based). */
export const page = z.coerce.number().int().min(1).max(100_000).default(1);
/** How many items a page holds (query string). */
export const pageSize = z.coerce.number().int().min(1).max(200).default(50);

/** Calendar years a date may fall in: anything outside is a typing error, not a plan. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;
const DATE_MESSAGE = `Ngày không hợp lệ: hãy nhập một ngày có thật theo dạng YYYY-MM-DD (ví dụ 2026-05-07), từ năm ${DATE_YEARS.min} đến năm ${DATE_YEARS.max}.`;
const DATE_TIME_MESSAGE = `Thời điểm không hợp lệ: hãy gửi ngày giờ có thật theo dạng ISO 8601 có múi giờ (ví dụ 2026-05-07T06:30:00+07:00), từ năm ${DATE_YEARS.min} đến năm ${DATE_YEARS.max}.`;
const inYears = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= DATE_YEARS.min && year <= DATE_YEARS.max;
};

/**
 * A calendar day 'YYYY-MM-DD' that exists (no 31 February, month 13 or day 0; 29 February only in
 * leap years) in the years 1900–2100, as PostgreSQL's `date` column and our date arithmetic need.
 */
export const dateField = z.iso.date({ error: DATE_MESSAGE }).refine(inYears, { error: DATE_MESSAGE });

/** Real UTC offsets run from −12:00 to +14:00; PostgreSQL refuses displacements beyond ±15:59. */
const offsetMinutes = (value: string) => {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  return offset ? Number(offset[2]) * 60 + Number(offset[3]) : 0;
};

/**
 * An instant as ISO 8601 with seconds and a zone ('2026-05-07T06:30:00+07:00' or '…Z'), on a day
 * that exists, in the years 1900–2100, with a real UTC offset and at most microsecond precision
 * (what a `timestamptz` column keeps).
 */
export const dateTimeField = z.iso
  .datetime({ offset: true, error: DATE_TIME_MESSAGE })
  .max(32, { error: DATE_TIME_MESSAGE })
  .refine((value) => inYears(value) && offsetMinutes(value) <= 14 * 60 && !/\.\d{7,}/.test(value), {
    error: DATE_TIME_MESSAGE,
  });
