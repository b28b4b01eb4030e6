import { text } from '@lantoa/api-contract/text-field';
import { BODY_KINDS, ROLES } from '@lantoa/domain';
import { z } from 'zod';

// Shared pieces of the route schemas. Input that the database cannot hold (an impossible date, a
// number beyond its int4 column, text PostgreSQL refuses) is refused here with a 400 naming the
// field, so it never reaches a use case. NUL bytes and lone surrogates are refused for every route
// before validation (http/input-text.ts); the error handler maps what still slips through.

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

export const idParams = z.object({ id: z.uuid() });
export const bodyKind = z.enum(BODY_KINDS);
export const role = z.enum(ROLES);
export const page = z.coerce.number().int().min(1).max(100_000).default(1);
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
export const isoDate = z.iso.date({ error: DATE_MESSAGE }).refine(inYears, { error: DATE_MESSAGE });

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
export const isoDateTime = z.iso
  .datetime({ offset: true, error: DATE_TIME_MESSAGE })
  .max(32, { error: DATE_TIME_MESSAGE })
  .refine((value) => inYears(value) && offsetMinutes(value) <= 14 * 60 && !/\.\d{7,}/.test(value), {
    error: DATE_TIME_MESSAGE,
  });

/** A document's date as far as it is known: its one home is the plan-extract format. */
export { documentDate } from '@lantoa/plan-parser/extract-schema';

/** Text as people type it: its one home is the API contract, whose request schemas the web reads too. */
export { text };

export const nameList = z.array(text(200)).max(30);
export const password = z.string().min(1).max(200);
export const roleGrants = z.array(z.object({ role, scopeBodyId: z.uuid() })).max(20);
export const username = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[a-zA-Z0-9._-]+$/, 'Chỉ dùng chữ không dấu, số và các dấu . _ -');
export const fullName = text(200);
export const email = z.email().max(200).nullish();
export const bodyName = text(300);
export const bodyCode = z
  .string()
  .trim()
  .regex(/^\d{2,5}$/, 'Mã gồm 2 đến 5 chữ số')
  .nullish();
