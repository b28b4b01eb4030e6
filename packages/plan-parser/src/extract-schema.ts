// The extraction format: what the parser reads a plan document into (`lantoa plan parse --json`),
// what the server stores as a plan import's draft and shows for review, and what the reviewer sends
// back corrected. Declared once, here, as zod schemas; the TypeScript types (types.ts) are inferred
// from them, and the parser's tests check its output on the sample plans against `planExtract`.
//
// Two schemas come from the one declaration below: `planExtract` describes the shape (the parser's
// output, a stored draft: whatever it holds is shown), and `reviewedPlanExtract` adds the bounds a
// reviewer's save is held to (lengths and counts that keep a draft and its audit small, real dates).
// The bounds are left out of `planExtract` because a response is checked against its schema: a long
// title read from a document must still be shown to be shortened, not answered with an error.
import { z } from 'zod';

export const PLAN_LEVELS = ['province', 'commune', 'ministry', 'other'] as const;
/** How a target's value is compared: "ít nhất", "tối thiểu", "trên" give '>='. */
export const COMPARATORS = ['=', '>=', '<='] as const;
export const REPORTING_RECURRENCES = ['yearly', 'once'] as const;

/** The calendar years a document's date may fall in: anything outside is a typing error. */
export const DOCUMENT_DATE_YEARS = { min: 1900, max: 2100 } as const;
const DOCUMENT_DATE_MESSAGE = `Ngày văn bản không hợp lệ: hãy nhập năm (YYYY), tháng (YYYY-MM) hoặc ngày có thật (YYYY-MM-DD), từ năm ${DOCUMENT_DATE_YEARS.min} đến năm ${DOCUMENT_DATE_YEARS.max}.`;
const realDay = z.iso.date();

/** A document's date as far as it is known: a year, a month of a year, or a real calendar day. */
export const documentDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, { error: DOCUMENT_DATE_MESSAGE })
  .refine(
    (value) => {
      const year = Number(value.slice(0, 4));
      return (
        year >= DOCUMENT_DATE_YEARS.min &&
        year <= DOCUMENT_DATE_YEARS.max &&
        (value.length < 10 || realDay.safeParse(value).success)
      );
    },
    { error: DOCUMENT_DATE_MESSAGE },
  );

/** How long a plan may run: a five-year plan and more, not a typing error ("2026–2300"). */
export const PLAN_YEARS_MAX_SPAN = 30;
const planYearsRange = z
  .object({
    first: z.number().int().min(DOCUMENT_DATE_YEARS.min).max(DOCUMENT_DATE_YEARS.max),
    last: z.number().int().min(DOCUMENT_DATE_YEARS.min).max(DOCUMENT_DATE_YEARS.max),
  })
  .refine((y) => y.first <= y.last, { error: 'Năm bắt đầu phải trước hoặc bằng năm kết thúc của kế hoạch.' })
  .refine((y) => y.last - y.first <= PLAN_YEARS_MAX_SPAN, {
    error: `Một kế hoạch kéo dài tối đa ${PLAN_YEARS_MAX_SPAN} năm: hãy kiểm tra lại năm bắt đầu và năm kết thúc.`,
  });

/** Builds the format, with the reviewer's bounds or without (see the head of this file). */
function extractFormat(bounded: boolean) {
  const text = (max: number) => (bounded ? z.string().max(max) : z.string());
  const list = <T extends z.ZodType>(item: T, max: number) =>
    bounded ? z.array(item).max(max) : z.array(item);
  const int = (min: number, max: number) => (bounded ? z.number().int().min(min).max(max) : z.number().int());
  /** Body names as written: one entry per body. */
  const names = list(bounded ? z.string().trim().min(1).max(500) : z.string(), 200);
  const paragraph = text(5000);
  /**
   * How sure the reading is of an item, 0…1 (confidence.ts says what lowers it); absent once a
   * reviewer has made or changed the item.
   */
  const confidence = z.number().min(0).max(1).optional();

  const signer = z.object({ name: text(200), title: text(200).nullable() });
  const document = z.object({
    /** null when the number is left blank ("Số: /KH-UBND"). */
    number: text(100).nullable(),
    /** The symbol of the document type: "KH" (kế hoạch), "QĐ" (quyết định)… */
    kind: text(20).nullable(),
    /** The issuer's full name, abbreviations expanded. */
    issuer: text(300).nullable(),
    level: z.enum(PLAN_LEVELS).nullable(),
    place: text(100).nullable(),
    /** ISO date, or "YYYY-MM" / "YYYY" when the day or month is left blank. */
    date: (bounded ? documentDate : z.string()).nullable(),
    title: text(2000).nullable(),
    signer: signer.nullable(),
    /**
     * The first and last year the plan covers, as the reviewer set them; absent (or null) until then,
     * when they are read from the date, title, targets and tasks (planYears on the server).
     */
    years: (bounded ? planYearsRange : z.object({ first: z.number().int(), last: z.number().int() }))
      .nullable()
      .optional(),
  });
  /** A document the plan is based on, in order of appearance. */
  const basis = z.object({
    number: text(100),
    date: z.string().nullable(),
    issuer: z.string().nullable(),
    kind: z.string().nullable(),
    confidence,
  });
  /** A numeric target under "Mục tiêu cụ thể"; one bullet holding two percentages gives two. */
  const target = z.object({
    year: int(1900, 2200).nullable(),
    comparator: z.enum(COMPARATORS),
    value: z.number(),
    unit: text(20),
    text: paragraph,
    confidence,
  });
  const timeframe = z.object({
    /** As printed. */
    text: paragraph,
    continuous: z.boolean().optional(),
    yearly: z.boolean().optional(),
    /** "Theo phát động / chỉ đạo của cấp trên": the date is set by a higher level. */
    followsSuperior: z.boolean().optional(),
    years: list(z.number().int(), 50).optional(),
    quarters: list(int(1, 4), 4).optional(),
    months: list(int(1, 12), 12).optional(),
    peaks: z
      .object({
        quarters: z.array(z.number().int()).optional(),
        months: z.array(z.number().int()).optional(),
      })
      .optional(),
  });
  /** A unit of work with an owner: `ref` is the numbering path as printed, or a task table's row. */
  const task = z.object({
    ref: text(50),
    title: bounded ? z.string().min(1).max(2000) : z.string(),
    /** Cơ quan chủ trì. */
    lead: names,
    /** Cơ quan phối hợp. */
    partners: names,
    timeframe: timeframe.nullable(),
    /**
     * The number of the task of the plan above that this one carries (a draft from that plan, or a
     * reviewer's link): progress recorded here counts for the body's assignment there.
     */
    parentRef: text(50).nullable().optional(),
    confidence,
  });
  /** A periodic report deadline. */
  const reporting = z.object({
    month: int(1, 12).nullable(),
    day: int(1, 31).nullable(),
    recurrence: z.enum(REPORTING_RECURRENCES).nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    text: paragraph,
  });
  /** A dated observance the plan ties activities to. */
  const event = z.object({ month: z.number().int(), day: z.number().int(), name: text(300) });
  /** Section "Tổ chức thực hiện": one entry per body named there. */
  const responsibility = z.object({ agency: text(500), duties: z.array(paragraph), confidence });
  /**
   * How much of the document became something: of its `items` (numbered work, figures under the
   * targets, rows of a work table, cited documents, duties), how many were `read`; the others as
   * written, with the part of the document they stand in, for the review to show first.
   */
  const coverage = z.object({
    items: int(0, 100_000),
    read: int(0, 100_000),
    unread: list(z.object({ section: text(300), text: text(600) }), 2000),
  });
  /** What the parser could not place, in Vietnamese. */
  const warnings = z.array(z.string());

  return {
    signer,
    document,
    basis,
    target,
    timeframe,
    task,
    reporting,
    event,
    responsibility,
    coverage,
    extract: z.object({
      document,
      basis: z.array(basis),
      targets: z.array(target),
      tasks: list(task, 500),
      reporting: z.array(reporting),
      events: z.array(event),
      responsibilities: z.array(responsibility),
      /** Absent in drafts read before coverage was measured. */
      coverage: coverage.optional(),
      // A reviewer's save may leave the warnings out.
      warnings: bounded ? warnings.default([]) : warnings,
    }),
  };
}

/** The parts of the format, as the parser produces them and a draft is shown. */
export const planExtractParts = extractFormat(false);
/** A plan document read into structure: every field present, null or [] when the document is silent. */
export const planExtract = planExtractParts.extract;
/** The extraction as a reviewer saves it back: the same shape within the bounds a save is held to. */
export const reviewedPlanExtract = extractFormat(true).extract;
