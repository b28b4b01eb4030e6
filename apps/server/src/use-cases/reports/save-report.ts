import { isReportEditable, reportsIndicator } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound, staleVersion } from '../../http/errors.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadReportContext } from './load-report.ts';
import {
  type AuditedValue,
  assertValues,
  type ReportValueInput,
  readReportValues,
  replaceReportValues,
  valuesAfter,
} from './report-values.ts';

export interface SaveReportInput {
  results?: string | undefined;
  difficulties?: string | undefined;
  proposals?: string | undefined;
  /**
   * The report's values, all of them: an indicator left out has no value (cleared, "not reported").
   * Left undefined, the stored values stay as they are.
   */
  values?: ReportValueInput[] | undefined;
  /** The version loaded; 0 for a report not yet saved. */
  version: number;
}

/**
 * Saves a draft (or a returned report being fixed). `version` guards against two people editing
 * the same report: the second save on a stale version is refused, never silently overwriting.
 */
export async function saveReport(ctx: Context, periodId: string, bodyId: string, input: SaveReportInput) {
  const { period, plan, body, report, abilities } = await loadReportContext(ctx, periodId, bodyId);
  if (!abilities.edit) throw notFound('báo cáo');
  if (report && !isReportEditable(report.status)) {
    throw new AppError('conflict', 'Báo cáo đã gửi hoặc đã được chấp nhận nên không sửa được.');
  }
  // The indicators this body reports: those of its plan entered by hand, reported by its kind of body.
  const reported = new Map(
    (
      await ctx.db
        .selectFrom('indicators')
        .select(['id', 'measure', 'reported_by'])
        .where('plan_id', '=', plan.id)
        .where('source', '=', 'reported')
        .execute()
    )
      .filter((i) => reportsIndicator(i.reported_by, body.kind))
      .map((i) => [i.id, i.measure]),
  );
  assertValues(input.values ?? [], reported);
  const narrative = {
    ...(input.results !== undefined ? { results: input.results.normalize('NFC') } : {}),
    ...(input.difficulties !== undefined ? { difficulties: input.difficulties.normalize('NFC') } : {}),
    ...(input.proposals !== undefined ? { proposals: input.proposals.normalize('NFC') } : {}),
  };
  return ctx.db.transaction().execute(async (trx) => {
    const { values } = input;
    const stored: AuditedValue[] = report && values ? await readReportValues(trx, report.id) : [];
    // Before → after of each value: a cleared one shows after as null numbers.
    const audit = {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'report.save' as const,
      entityType: 'report' as const,
      before: report
        ? {
            results: report.results,
            difficulties: report.difficulties,
            proposals: report.proposals,
            ...(values ? { values: stored } : {}),
          }
        : undefined,
      after: { ...narrative, ...(values ? { values: valuesAfter(stored, values) } : {}) },
    };
    let saved: { id: string; period_id: string; body_id: string; version: number };
    if (report) {
      saved = await updateVersioned(trx, {
        table: 'reports',
        id: report.id,
        version: input.version,
        what: 'Báo cáo',
        set: { ...narrative, updated_at: new Date() },
        audit: () => audit,
      });
    } else {
      // The first save creates the report at version 1; someone else creating it first is the same
      // conflict as a stale version.
      if (input.version !== 0) throw staleVersion('Báo cáo');
      saved = await insertAudited(trx, {
        table: 'reports',
        values: { period_id: period.id, body_id: body.id, ...narrative },
        unique: { columns: ['period_id', 'body_id'], taken: () => staleVersion('Báo cáo') },
        audit: () => audit,
      });
    }
    if (values) await replaceReportValues(trx, saved, values, stored);
    return { id: saved.id, version: saved.version };
  });
}
