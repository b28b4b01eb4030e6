import type { Database } from '@lantoa/db';
import { VALUE_PROBLEM_MESSAGES, valueProblem } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';

// A body's reported values (numerator of denominator per indicator), as the report form and the Excel
// template both enter them.

export interface ReportValueInput {
  indicatorId: string;
  numerator: number;
  denominator: number;
  note?: string | null | undefined;
}

/**
 * Each value is of an indicator entered by hand and its numerator and denominator make sense together
 * (the domain's valueProblem, the same check the form gives as you type); the message names the row.
 */
export function assertValues(values: ReportValueInput[], reported: Set<string>) {
  values.forEach((v, i) => {
    if (!reported.has(v.indicatorId)) {
      throw new AppError(
        'invalid_input',
        'Chỉ tiêu này không thuộc kế hoạch hoặc được tính tự động, không nhập tay.',
        `values.${i}.indicatorId`,
      );
    }
    const problem = valueProblem(v);
    if (problem)
      throw new AppError('invalid_input', VALUE_PROBLEM_MESSAGES[problem].vi, `values.${i}.${problem}`);
  });
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
        denominator: v.denominator,
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
