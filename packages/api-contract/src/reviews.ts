// The yearly review (sơ kết năm) and the final review (tổng kết) of a plan: a draft made from the
// plan's data, edited by the coordinator and taken back as .docx or .pdf (Decree 30/2020 layout).
import { z } from 'zod';
import { consolidatedReport } from './reports.ts';
import { fileResponse, MEDIA_TYPES } from './uploads.ts';

export const REVIEW_KINDS = ['yearly', 'final'] as const;
export const reviewKind = z.enum(REVIEW_KINDS);

const REVIEW_TABLES = ['results', 'trend', 'tasks', 'budget', 'honours'] as const;

/** The years a review may be about: a plan's years lie within these. */
const reviewYear = z.coerce.number().int().min(2000).max(2100);

/**
 * GET /api/plans/:id/review: `kind` yearly (the year `year`, compared with the plan's earlier years)
 * or final (every year of the plan to its end, or to `year` when given).
 */
export const reviewQuery = z.object({ kind: reviewKind, year: reviewYear.optional() });

// The edited review's texts as the clerk wrote them (blank paragraphs and line breaks allowed).
const plain = (max: number) => z.string().max(max);
const paragraphs = z.array(plain(20_000)).max(500);
/** A whole number of things or of đồng. */
const whole = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const year = z.number().int().min(2000).max(2100);

/**
 * GET /api/plans/:id/review: the review as an editable draft; POST …/review.docx and .pdf take it
 * back as the coordinator edited it. The header, signer and recipients are the consolidated report's.
 */
export const reviewReport = consolidatedReport
  .pick({
    issuer: true,
    symbol: true,
    number: true,
    place: true,
    date: true,
    title: true,
    opening: true,
    recipients: true,
    signer: true,
  })
  .extend({
    kind: reviewKind,
    /** The years covered, in order: the trend table's columns, the task table's rows. */
    years: z.array(year).min(1).max(20),
    /** The yearly review's year, the final review's last. */
    year,
    /** The plan's last year: the results are measured against its targets too. */
    endYear: year,
    /** Numbered I, II, …, their parts 1, 2, …; a part may place one of the tables. */
    sections: z
      .array(
        z.object({
          heading: plain(500),
          paragraphs,
          parts: z
            .array(z.object({ heading: plain(500), paragraphs, table: z.enum(REVIEW_TABLES).optional() }))
            .max(100),
        }),
      )
      .max(50),
    /** Each indicator against the year's target and the plan's end target. */
    results: z
      .array(
        z.object({
          name: plain(500),
          unit: plain(20),
          target: plain(100),
          value: plain(100),
          numerator: z.number().optional(),
          denominator: z.number().optional(),
          status: plain(100),
          finalTarget: plain(100),
          finalStatus: plain(100),
        }),
      )
      .max(200),
    /** Each indicator year by year, and its change against the year before. */
    trend: z
      .array(
        z.object({
          name: plain(500),
          unit: plain(20),
          years: z.array(z.object({ year, value: plain(100), status: plain(100) })).max(20),
          change: plain(200),
        }),
      )
      .max(200),
    /** Work due in each year, by where it stands now. */
    tasks: z
      .array(z.object({ year, doneOnTime: whole, doneLate: whole, inProgress: whole, overdue: whole }))
      .max(20),
    /** Money by funding source over the years covered (whole đồng). */
    budget: z
      .array(
        z.object({ source: plain(200), estimated: whole, approved: whole, allocated: whole, spent: whole }),
      )
      .max(20),
    /** Bodies and people honoured in the years covered, with the decision. */
    honours: z.array(z.object({ name: plain(500), form: plain(100), decision: plain(300) })).max(500),
  });

/** POST /api/plans/:id/review.docx: the (edited) review, Decree 30/2020 layout. */
export const reviewDocx = fileResponse('The review as .docx', [MEDIA_TYPES.docx]);
/** POST /api/plans/:id/review.pdf. */
export const reviewPdf = fileResponse('The review as PDF', [MEDIA_TYPES.pdf]);
