// Reporting: a plan's indicators and periods, each body's report for a period, how far the bodies
// have reported, the roll-up of an indicator over the tree, and the consolidated report.
import {
  AUDIENCES,
  BODY_KINDS,
  INDICATOR_MEASURES,
  REPORT_STATUSES,
  SUBMISSION_STATUSES,
  TARGET_STANDINGS,
  VALUE_BASES,
} from '@lantoa/domain/constants';
import { COMPARATORS, documentDate } from '@lantoa/plan-parser/extract-schema';
import { z } from 'zod';
import {
  bodyBrief,
  bodyRef,
  bodyWithCode,
  id,
  isoDate,
  isoDateTime,
  listOf,
  occurrenceState,
  stateCounts,
} from './common.ts';
import { versionOrNew } from './request-fields.ts';
import { assignmentRole, planRef } from './tasks.ts';
import { text } from './text-field.ts';
import { indicatorBinding } from './training.ts';
import { fileResponse, MEDIA_TYPES } from './uploads.ts';

export const reportStatus = z.enum(REPORT_STATUSES);
/** Which reports' figures are summed: accepted only (official), or submitted too (provisional). */
export const valueBasis = z.enum(VALUE_BASES);
/**
 * A value against the target of its year ('met' / 'not_met'), or against the yearly path to a later
 * year's target ('on_track' / 'behind').
 */
export const targetStanding = z.enum(TARGET_STANDINGS);
export const submissionStatus = z.enum(SUBMISSION_STATUSES);
/** Whether bodies report an indicator's figures, or the platform computes them. */
export const indicatorSource = z.enum(['reported', 'computed']);
/** A ratio (numerator over denominator, a percentage) or a count (one figure, in `unit`). */
export const indicatorMeasure = z.enum(INDICATOR_MEASURES);

/** A target for a year (null: every year of the plan). */
export const yearTarget = z.object({
  year: z.number().int().nullable(),
  comparator: z.enum(COMPARATORS),
  value: z.number(),
});

export const indicator = z.object({
  id,
  name: z.string(),
  /** A ratio's numerator, or a count's one figure. */
  numeratorLabel: z.string(),
  /** '' for a count. */
  denominatorLabel: z.string(),
  unit: z.string(),
  measure: indicatorMeasure,
  source: indicatorSource,
  computedKind: z.string().nullable(),
  /** The audience a trained/informed indicator is measured on. */
  computedAudience: z.enum(AUDIENCES).nullable(),
  /** A reported indicator the product's records could measure, for the coordinator to confirm. */
  proposedBinding: indicatorBinding.nullable(),
  targetText: z.string().nullable(),
  /** The kinds of body that report it; empty: every body the plan assigns work to. */
  reportedBy: z.array(z.enum(BODY_KINDS)),
  version: z.number().int(),
  targets: z.array(yearTarget),
});
/** GET /api/plans/:id/indicators. */
export const indicatorList = z.object({ canEdit: z.boolean(), items: z.array(indicator) });
/** POST /api/plans/:id/indicators (201). */
export const created = z.object({ id });

export const period = z.object({
  id,
  key: z.string(),
  label: z.string(),
  kind: z.string(),
  dataFrom: isoDate,
  dataTo: isoDate,
  dueOn: isoDate,
});
/**
 * GET /api/plans/:id/periods. Each with the reports still to come in from the bodies the reader
 * follows (the plan's assignees for its coordinators, the reader's own bodies otherwise): what
 * `periodInFocus` needs to open the screens on the period being collected.
 */
export const periodList = listOf(period.extend({ outstanding: z.number().int() }));

/** GET /api/periods/:id/completeness: who has reported, on time or late, and who has not. */
export const completeness = z.object({
  period: z.object({ id, label: z.string(), dueOn: isoDate }),
  summary: z.object({
    /** Bodies expected to report in the period. */
    expected: z.number().int(),
    submitted: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    missing: z.number().int(),
    notDue: z.number().int(),
    /** submitted / expected in [0, 1]; null when nobody is expected. */
    rate: z.number().nullable(),
  }),
  bodies: z.array(
    z.object({
      body: bodyWithCode,
      reportStatus: reportStatus.nullable(),
      submittedAt: isoDateTime.nullable(),
      timeliness: submissionStatus,
    }),
  ),
});

/**
 * A ratio: Σ numerators over Σ denominators, as a percentage rounded once (null: nothing to divide
 * by). A count: the figure (Σ counts) in `numerator` and `value`, its denominator null (0 when summed).
 */
export const fraction = z.object({
  numerator: z.number(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
});

/**
 * An indicator's value at a body for a period. A computed indicator of a closed period keeps the
 * value it had at the close: `asOf` is that instant; null while open, or when reported.
 */
export const indicatorValue = fraction.extend({
  /** How many bodies reported a value (null for a computed indicator). */
  reporting: z.number().int().nullable().optional(),
  /** Of those, how many reports are submitted and not yet accepted: their figures are provisional. */
  provisional: z.number().int().nullable().optional(),
  asOf: isoDateTime.nullable().optional(),
});

/** GET /api/periods/:periodId/reports/:bodyId: a body's report form for a period. */
export const reportForm = z.object({
  period: period.omit({ kind: true }),
  plan: planRef,
  body: bodyBrief,
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), unlock: z.boolean() }),
  report: z.object({
    /** null until first saved. */
    id: id.nullable(),
    status: reportStatus,
    results: z.string(),
    difficulties: z.string(),
    proposals: z.string(),
    reviewComment: z.string().nullable(),
    submittedAt: isoDateTime.nullable(),
    /** 0 until first saved. */
    version: z.number().int(),
  }),
  tasks: z.object({
    counts: stateCounts,
    items: z.array(
      z.object({
        occurrenceId: id,
        assignmentId: id,
        ref: z.string(),
        title: z.string(),
        role: assignmentRole,
        label: z.string(),
        dueOn: isoDate,
        completedOn: isoDate.nullable(),
        note: z.string().nullable(),
        state: occurrenceState,
      }),
    ),
  }),
  indicators: z.array(
    z.object({
      id,
      name: z.string(),
      unit: z.string(),
      measure: indicatorMeasure,
      numeratorLabel: z.string(),
      denominatorLabel: z.string(),
      source: indicatorSource,
      target: yearTarget.nullable(),
      value: indicatorValue.extend({ note: z.string().nullable().optional() }).nullable(),
      /** The body's value in the period before. */
      previous: fraction.nullable(),
    }),
  ),
});

/** PUT /api/periods/:periodId/reports/:bodyId. */
export const reportSaved = z.object({ id, version: z.number().int() });
/** POST /api/periods/:periodId/reports/:bodyId/:transition. */
export const reportStatusChanged = z.object({ id, status: reportStatus, version: z.number().int() });

const indicatorRef = z.object({
  id,
  name: z.string(),
  unit: z.string(),
  measure: indicatorMeasure,
  source: indicatorSource,
});

/** GET /api/indicators/:id/rollup: the value at a body and at each of its children. */
export const rollUp = z.object({
  indicator: indicatorRef,
  period: z.object({ id, label: z.string() }),
  body: bodyBrief,
  basis: valueBasis,
  target: yearTarget.nullable(),
  value: indicatorValue.extend({
    progress: z
      .object({
        /** Against the target itself; null when there is no value yet. */
        met: z.boolean().nullable(),
        /** Against the target of the year, or the yearly path to a later one; null without a value. */
        standing: targetStanding.nullable(),
        /** Where the path to the target stands for this year (the target itself in its own year). */
        expected: z.number().nullable(),
        /** How far along, 1 = exactly at the target. */
        ratio: z.number().nullable(),
        /** Still to cover: percentage points, or things counted. */
        gap: z.number().nullable(),
      })
      .nullable(),
  }),
  children: z.array(
    z.object({
      body: bodyWithCode,
      numerator: z.number(),
      denominator: z.number().nullable(),
      value: z.number().nullable(),
      provisional: z.number().int().nullable(),
      standing: targetStanding.nullable(),
    }),
  ),
});

/** GET /api/indicators/:id/series: the indicator at a body over the plan's periods. */
export const series = z.object({
  indicator: indicatorRef,
  body: bodyRef,
  points: z.array(
    indicatorValue.extend({
      period: period.pick({ id: true, key: true, label: true, dueOn: true }),
      target: yearTarget.nullable(),
    }),
  ),
});

/** POST /api/periods/:id/remind. */
export const reminded = z.object({
  /** Bodies that had not submitted … */
  bodies: z.number().int(),
  /** … and the accounts notified. */
  notified: z.number().int(),
});

// The edited report's texts as the clerk wrote them (blank paragraphs and line breaks allowed).
const plain = (max: number) => z.string().max(max);
const paragraphs = z.array(plain(20_000)).max(500);
/** The report's tables a section or a part places. */
const reportTable = z.enum(['tasks', 'indicators', 'budget']);
/** An amount of the budget table, whole đồng as the coordinator may correct it. */
const budgetFigure = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * GET /api/periods/:id/consolidated: the consolidated report (Decree 30/2020 layout) as an editable
 * draft; POST …/consolidated.docx and .pdf take it back as the coordinator edited it.
 */
export const consolidatedReport = z.object({
  issuer: z.object({
    /** The body above the issuer, printed upper case on one line ("UBND TỈNH TUYÊN QUANG"). */
    parent: plain(300),
    name: plain(300),
  }),
  /** The notation after the number, e.g. "BC-SKHCN". */
  symbol: plain(50),
  /** The full number, or null while unnumbered. */
  number: plain(50).nullable(),
  place: plain(100),
  /** ISO date, or "YYYY-MM" / "YYYY" to be dated when signed. */
  date: documentDate,
  /** The subject line: short, in sentence case. */
  title: plain(2000),
  /** "Thực hiện Kế hoạch số …, Sở … báo cáo … như sau:". */
  opening: plain(5000),
  /**
   * Numbered I, II, …, their parts 1, 2, …; a part may place the task, the indicator or the budget
   * table, and a section may place one after its own paragraphs (the budget's, "Kinh phí thực hiện").
   */
  sections: z
    .array(
      z.object({
        heading: plain(500),
        paragraphs,
        parts: z
          .array(
            z.object({
              heading: plain(500),
              paragraphs,
              table: reportTable.optional(),
            }),
          )
          .max(100),
        table: reportTable.optional(),
      }),
    )
    .max(50),
  /** Progress by task: the task, the bodies behind it, its due dates, where it stands. */
  tasks: z
    .array(z.object({ title: plain(2000), bodies: plain(2000), due: plain(200), state: plain(500) }))
    .max(2000),
  indicators: z
    .array(
      z.object({
        name: plain(500),
        unit: plain(20),
        target: plain(100),
        value: plain(100),
        numerator: z.number().optional(),
        denominator: z.number().optional(),
        /** Against the year's target or the yearly path to a later one ("Đạt", "Đúng lộ trình"…). */
        status: plain(100),
      }),
    )
    .max(200),
  /**
   * The budget of the period's year by funding source, in whole đồng (drafts left out); printed as a
   * table with its totals. Absent (an older client) or empty: no budget table.
   */
  budget: z
    .array(
      z.object({
        source: plain(200),
        estimated: budgetFigure,
        approved: budgetFigure,
        allocated: budgetFigure,
        spent: budgetFigure,
      }),
    )
    .max(20)
    .default([]),
  recipients: z.array(plain(300)).max(50),
  signer: z.object({ title: plain(200), name: plain(200) }),
});

/** POST /api/periods/:id/consolidated.docx: the (edited) report, Decree 30/2020 layout. */
export const consolidatedDocx = fileResponse('The report as .docx', [MEDIA_TYPES.docx]);
/** POST /api/periods/:id/consolidated.pdf. */
export const consolidatedPdf = fileResponse('The report as PDF', [MEDIA_TYPES.pdf]);
/** GET /api/periods/:id/values.xlsx. */
export const valuesWorkbook = fileResponse('The values as .xlsx', [MEDIA_TYPES.xlsx]);

// Requests -------------------------------------------------------------------------------------

/** A count as reports carry it: never negative, within what a numeric column keeps exactly. */
const amount = z.number().finite().min(0).max(1e12);

/** An indicator as its form sends it (POST /api/plans/:id/indicators; PATCH adds `version`). */
export const indicatorInput = z.object({
  name: text(500),
  numeratorLabel: text(500),
  /** Required of a ratio; a count has none (sent empty or left out). */
  denominatorLabel: text(500, { optional: true }).default(''),
  unit: text(20).default('%'),
  measure: indicatorMeasure.default('ratio'),
  /** The kinds of body that report it; empty (the default): every body the plan assigns work to. */
  reportedBy: z.array(z.enum(BODY_KINDS)).max(BODY_KINDS.length).default([]),
  targets: z
    .array(
      z.object({
        year: z.number().int().min(2000).max(2100),
        comparator: z.enum(COMPARATORS),
        value: amount,
      }),
    )
    .max(30),
});

/**
 * A body's report as saved (PUT /api/periods/:periodId/reports/:bodyId; version 0 creates it). The
 * values sent are the report's whole set: an indicator left out is cleared.
 */
export const reportSave = z.object({
  results: z.string().max(20_000).optional(),
  difficulties: z.string().max(20_000).optional(),
  proposals: z.string().max(20_000).optional(),
  values: z
    .array(
      z.object({
        indicatorId: z.uuid(),
        /** A ratio's numerator, or a count's figure. */
        numerator: amount,
        /** None for a count. */
        denominator: amount.nullish(),
        note: z.string().max(2000).nullish(),
      }),
    )
    .max(200)
    .optional(),
  version: versionOrNew,
});
