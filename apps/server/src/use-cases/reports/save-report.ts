import { type Database, recordAudit } from '@lantoa/db';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { loadReportContext } from './load-report.ts';

export interface ReportValueInput {
  indicatorId: string;
  numerator: number;
  denominator: number;
  note?: string | null | undefined;
}

export interface SaveReportInput {
  results?: string | undefined;
  difficulties?: string | undefined;
  proposals?: string | undefined;
  values?: ReportValueInput[] | undefined;
  /** The version loaded; 0 for a report not yet saved. */
  version: number;
}

/** Numerator and denominator make sense together; the message names the row to fix. */
export function assertValues(values: ReportValueInput[], reported: Set<string>) {
  values.forEach((v, i) => {
    if (!reported.has(v.indicatorId)) {
      throw new AppError(
        'invalid_input',
        'Chỉ tiêu này không thuộc kế hoạch hoặc được tính tự động, không nhập tay.',
        `values.${i}.indicatorId`,
      );
    }
    if (!(v.denominator > 0)) {
      throw new AppError(
        'invalid_input',
        'Mẫu số phải lớn hơn 0. Hãy nhập tổng số đối tượng.',
        `values.${i}.denominator`,
      );
    }
    if (v.numerator < 0 || v.numerator > v.denominator) {
      throw new AppError(
        'invalid_input',
        'Tử số phải từ 0 đến mẫu số. Hãy kiểm tra lại số liệu.',
        `values.${i}.numerator`,
      );
    }
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

/**
 * Saves a draft (or a returned report being fixed). `version` guards against two people editing
 * the same report: the second save on a stale version is refused, never silently overwriting.
 */
export async function saveReport(ctx: Context, periodId: string, bodyId: string, input: SaveReportInput) {
  const { period, plan, body, report, abilities } = await loadReportContext(ctx, periodId, bodyId);
  if (!abilities.edit) throw notFound('báo cáo');
  if (report && report.status !== 'draft' && report.status !== 'returned') {
    throw new AppError('conflict', 'Báo cáo đã gửi hoặc đã được chấp nhận nên không sửa được.');
  }
  const reported = new Set(
    (
      await ctx.db
        .selectFrom('indicators')
        .select('id')
        .where('plan_id', '=', plan.id)
        .where('source', '=', 'reported')
        .execute()
    ).map((i) => i.id),
  );
  assertValues(input.values ?? [], reported);
  const narrative = {
    ...(input.results !== undefined ? { results: input.results.normalize('NFC') } : {}),
    ...(input.difficulties !== undefined ? { difficulties: input.difficulties.normalize('NFC') } : {}),
    ...(input.proposals !== undefined ? { proposals: input.proposals.normalize('NFC') } : {}),
  };
  return ctx.db.transaction().execute(async (trx) => {
    let saved: { id: string; period_id: string; body_id: string; version: number } | undefined;
    if (!report) {
      if (input.version !== 0) throw staleReport();
      saved = await trx
        .insertInto('reports')
        .values({ period_id: period.id, body_id: body.id, ...narrative })
        .onConflict((oc) => oc.columns(['period_id', 'body_id']).doNothing())
        .returning(['id', 'period_id', 'body_id', 'version'])
        .executeTakeFirst();
    } else {
      saved = await trx
        .updateTable('reports')
        .set({ ...narrative, version: input.version + 1, updated_at: new Date() })
        .where('id', '=', report.id)
        .where('version', '=', input.version)
        .returning(['id', 'period_id', 'body_id', 'version'])
        .executeTakeFirst();
    }
    if (!saved) throw staleReport();
    await writeReportValues(trx, saved, input.values ?? []);
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'report.save',
      entityType: 'report',
      entityId: saved.id,
      before: report
        ? { results: report.results, difficulties: report.difficulties, proposals: report.proposals }
        : undefined,
      after: { ...narrative, values: input.values ?? [] },
    });
    return { id: saved.id, version: saved.version };
  });
}

const staleReport = () =>
  new AppError(
    'stale_version',
    'Báo cáo vừa được người khác lưu. Hãy tải lại trang để xem bản mới rồi sửa tiếp.',
  );
