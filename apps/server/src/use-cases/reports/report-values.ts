import type { Database } from '@lantoa/db';
import {
  type IndicatorMeasure,
  VALUE_PROBLEM_FIELD,
  VALUE_PROBLEM_MESSAGES,
  valueProblem,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';

// A body's reported values (numerator of denominator, or a count, per indicator), as the report form
// and the Excel template both enter them.

export interface ReportValueInput {
  indicatorId: string;
  /** A ratio's numerator, or a count's figure. */
  numerator: number;
  /** None for a count. */
  denominator?: number | null | undefined;
  note?: string | null | undefined;
}

/**
 * Each value is of an indicator the body enters by hand (`reported`: their measures by id) and makes sense
 * for its measure (the domain's valueProblem, the same check the form gives as you type): a ratio's
 * numerator and denominator together, a count a whole number with no denominator. The message names
 * the row and the field.
 */
export function assertValues(values: ReportValueInput[], reported: ReadonlyMap<string, IndicatorMeasure>) {
  values.forEach((v, i) => {
    const measure = reported.get(v.indicatorId);
    if (!measure) {
      throw new AppError(
        'invalid_input',
        'Chỉ tiêu này không thuộc kế hoạch, được tính tự động, hoặc không do loại đơn vị này báo cáo; không nhập tay được.',
        `values.${i}.indicatorId`,
      );
    }
    const problem = valueProblem(v, measure);
    if (problem) {
      throw new AppError(
        'invalid_input',
        VALUE_PROBLEM_MESSAGES[problem].vi,
        `values.${i}.${VALUE_PROBLEM_FIELD[problem]}`,
      );
    }
  });
}

/** A value as it stood or stands in a report; numbers null when it was cleared (or never entered). */
export interface AuditedValue {
  indicatorId: string;
  numerator: number | null;
  denominator: number | null;
}

/** A report's stored values, in a stable order (the audit's "before"). */
export async function readReportValues(trx: Kysely<Database>, reportId: string): Promise<AuditedValue[]> {
  const stored = await trx
    .selectFrom('indicator_values')
    .select(['indicator_id', 'numerator', 'denominator'])
    .where('report_id', '=', reportId)
    .orderBy('indicator_id')
    .execute();
  return stored.map((v) => ({
    indicatorId: v.indicator_id,
    numerator: Number(v.numerator),
    denominator: v.denominator === null ? null : Number(v.denominator),
  }));
}

/**
 * The report's values once `values` replace `stored` (the audit's "after"): a stored value left out
 * was cleared, and shows as such, with null numbers.
 */
export function valuesAfter(stored: AuditedValue[], values: ReportValueInput[]): AuditedValue[] {
  const kept = new Set(values.map((v) => v.indicatorId));
  return [
    ...values.map((v) => ({
      indicatorId: v.indicatorId,
      numerator: v.numerator,
      denominator: v.denominator ?? null,
    })),
    ...stored
      .filter((v) => !kept.has(v.indicatorId))
      .map((v) => ({ indicatorId: v.indicatorId, numerator: null, denominator: null })),
  ];
}

/**
 * Makes `values` the report's whole set of values: each is written, and a stored value whose
 * indicator is not among them is deleted. A figure the clerk cleared is then "not reported" in the
 * report, the roll-ups and the official outputs, never the old number left behind.
 */
export async function replaceReportValues(
  trx: Kysely<Database>,
  report: { id: string; period_id: string; body_id: string },
  values: ReportValueInput[],
  stored: AuditedValue[],
) {
  const kept = new Set(values.map((v) => v.indicatorId));
  const cleared = stored.filter((v) => !kept.has(v.indicatorId)).map((v) => v.indicatorId);
  if (cleared.length) {
    await trx
      .deleteFrom('indicator_values')
      .where('report_id', '=', report.id)
      .where('indicator_id', 'in', cleared)
      .execute();
  }
  await writeReportValues(trx, report, values);
}

/** Writes a body's values for a period into its report (creating it as a draft when missing). */
export async function writeReportValues(
  trx: Kysely<Database>,
  report: { id: string; period_id: string; body_id: string },
  values: ReportValueInput[],
) {
  if (values.length === 0) return;
  await trx
    .insertInto('indicator_values')
    .values(
      values.map((v) => ({
        report_id: report.id,
        indicator_id: v.indicatorId,
        period_id: report.period_id,
        body_id: report.body_id,
        numerator: v.numerator,
        denominator: v.denominator ?? null,
        note: v.note?.trim() || null,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['report_id', 'indicator_id']).doUpdateSet((eb) => ({
        numerator: eb.ref('excluded.numerator'),
        denominator: eb.ref('excluded.denominator'),
        note: eb.ref('excluded.note'),
      })),
    )
    .execute();
}
