import { recordAudit } from '@lantoa/db';
import { can, isReportEditable, REPORT_STATUSES } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type PlainCell, readUploadedWorkbook } from '../files/read-uploaded-workbook.ts';
import type { UploadedFile } from '../files/store-file.ts';
import { loadPeriod, reportingBodies } from './load-report.ts';
import {
  type AuditedValue,
  assertValues,
  type ReportValueInput,
  readReportValues,
  valuesAfter,
  writeReportValues,
} from './report-values.ts';
import { LEGACY_NUMERATOR_HEADER, TEMPLATE_HEADER, TEMPLATE_SHEET } from './values-template.ts';

interface RowError {
  row: number;
  field: string;
  message: string;
}

const cellText = (v: PlainCell | undefined): string => (v === null || v === undefined ? '' : String(v));
const cellNumber = (v: PlainCell | undefined): number | null => {
  if (typeof v === 'number') return v;
  const text = cellText(v).trim().replace(/\./g, '').replace(',', '.');
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : Number.NaN;
};

/** A header and a row per body and indicator: 20,000 covers a province's communes many times. */
const MAX_TEMPLATE_ROWS = 20_001;
/** The statuses a body may still change, for the claim below. */
const EDITABLE = REPORT_STATUSES.filter(isReportEditable);
const LOCKED_MESSAGE = 'Báo cáo của đơn vị đã gửi hoặc đã được chấp nhận nên không sửa được.';

/**
 * Reads a filled template: each row's values go into its body's report (a draft is created when
 * missing); rows with an error are listed by row number and saved nothing, other rows are saved.
 * A count's row has one figure: a denominator beside it is an error, as a ratio without one is.
 * A row whose numerator and denominator are both blank clears that value, as an indicator left out of
 * the report form does (saveReport): the stored value is deleted and the report's audit shows it
 * before → after null; a blank row with nothing stored changes nothing and creates no draft.
 * Reports already submitted or accepted are not changed, even when the submit lands while the file
 * is being read: the report is claimed in the writing transaction by an update that only matches an
 * open report (it locks the row; a concurrent submit then finds its version moved and gets 409), so
 * a report submitted in between is skipped and its rows are listed as errors.
 */
export async function importTemplate(ctx: Context, periodId: string, file: UploadedFile) {
  const { period, plan } = await loadPeriod(ctx, periodId);
  const bodies = await reportingBodies(ctx, plan.id);
  // Someone who could write no row gets nothing parsed on their behalf.
  if (!bodies.some((b) => can(ctx.actor, 'updateTasks', b.path))) throw notFound('kỳ báo cáo');
  const sheet = await readUploadedWorkbook(file.bytes, {
    name: file.name,
    sheetName: TEMPLATE_SHEET,
    columns: TEMPLATE_HEADER.length,
    maxRows: MAX_TEMPLATE_ROWS,
  });
  const header = sheet.rows.find((r) => r.number === 1)?.cells;
  const figureHeader = cellText(header?.[4]);
  if (
    cellText(header?.[0]) !== TEMPLATE_HEADER[0] ||
    (figureHeader !== TEMPLATE_HEADER[4] && figureHeader !== LEGACY_NUMERATOR_HEADER)
  ) {
    throw new AppError(
      'invalid_input',
      'Tệp không đúng mẫu nhập số liệu. Hãy tải mẫu mới rồi điền lại.',
      'file',
    );
  }
  if (sheet.rows.length > MAX_TEMPLATE_ROWS)
    throw new AppError('invalid_input', 'Tệp có quá nhiều dòng (tối đa 20.000).', 'file');
  const [indicators, reports] = await Promise.all([
    ctx.db
      .selectFrom('indicators')
      .select(['id', 'measure'])
      .where('plan_id', '=', plan.id)
      .where('source', '=', 'reported')
      .execute(),
    ctx.db.selectFrom('reports').selectAll().where('period_id', '=', period.id).execute(),
  ]);
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const reported = new Map(indicators.map((i) => [i.id, i.measure]));
  const errors: RowError[] = [];
  const byBody = new Map<
    string,
    { rows: number[]; values: ReportValueInput[]; clears: { row: number; indicatorId: string }[] }
  >();
  const entryOf = (bodyId: string) => {
    const entry = byBody.get(bodyId) ?? { rows: [], values: [], clears: [] };
    byBody.set(bodyId, entry);
    return entry;
  };
  for (const { number, cells } of sheet.rows) {
    if (number === 1) continue;
    const bodyId = cellText(cells[0]).trim();
    const indicatorId = cellText(cells[2]).trim();
    const numerator = cellNumber(cells[4]);
    const denominator = cellNumber(cells[5]);
    const body = bodyById.get(bodyId);
    if (numerator === null && denominator === null) {
      // Both figures blank: the value is cleared. A row that names no body or indicator of the plan in
      // the person's scope (a blank line, a note under the table) has nothing to clear.
      if (body && can(ctx.actor, 'updateTasks', body.path) && reported.has(indicatorId)) {
        entryOf(bodyId).clears.push({ row: number, indicatorId });
      }
      continue;
    }
    const fail = (field: string, message: string) => errors.push({ row: number, field, message });
    if (!body || !can(ctx.actor, 'updateTasks', body.path)) {
      fail('bodyId', 'Mã đơn vị không thuộc kế hoạch hoặc ngoài phạm vi của bạn.');
      continue;
    }
    const measure = reported.get(indicatorId);
    if (!measure) {
      fail('indicatorId', 'Mã chỉ tiêu không thuộc kế hoạch.');
      continue;
    }
    if (numerator === null || Number.isNaN(numerator)) {
      fail('numerator', measure === 'count' ? 'Số lượng phải là số.' : 'Tử số và mẫu số phải là số.');
      continue;
    }
    // A ratio's blank denominator, and a count's filled one, are refused by assertValues below.
    if (measure === 'ratio' && Number.isNaN(denominator)) {
      fail('denominator', 'Tử số và mẫu số phải là số.');
      continue;
    }
    const report = reports.find((r) => r.body_id === bodyId);
    if (report && !isReportEditable(report.status)) {
      fail('bodyId', LOCKED_MESSAGE);
      continue;
    }
    const value = { indicatorId, numerator, denominator, note: cellText(cells[6]) || null };
    try {
      assertValues([value], reported);
    } catch (error) {
      fail((error as AppError).field?.split('.').pop() ?? 'numerator', (error as Error).message);
      continue;
    }
    const entry = entryOf(bodyId);
    entry.rows.push(number);
    entry.values.push(value);
  }
  let saved = 0;
  let cleared = 0;
  let skipped = 0;
  let written = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const [bodyId, { rows, values, clears }] of byBody) {
      const existing = await trx
        .selectFrom('reports')
        .select('id')
        .where('period_id', '=', period.id)
        .where('body_id', '=', bodyId)
        .executeTakeFirst();
      const stored: AuditedValue[] = existing ? await readReportValues(trx, existing.id) : [];
      const storedIds = new Set(stored.map((v) => v.indicatorId));
      // Only a value that is stored can be cleared; the same indicator filled on another row wins.
      const filled = new Set(values.map((v) => v.indicatorId));
      const clearing = clears.filter((c) => storedIds.has(c.indicatorId) && !filled.has(c.indicatorId));
      if (values.length === 0 && clearing.length === 0) continue;
      if (!existing) {
        await trx
          .insertInto('reports')
          .values({ period_id: period.id, body_id: bodyId })
          .onConflict((oc) => oc.columns(['period_id', 'body_id']).doNothing())
          .execute();
      }
      // The guard and the claim in one statement: only an open report is bumped (and locked).
      const open = await trx
        .updateTable('reports')
        .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
        .where('period_id', '=', period.id)
        .where('body_id', '=', bodyId)
        .where('status', 'in', EDITABLE)
        .returning(['id', 'period_id', 'body_id'])
        .executeTakeFirst();
      if (!open) {
        skipped++;
        for (const row of [...rows, ...clearing.map((c) => c.row)]) {
          errors.push({ row, field: 'bodyId', message: LOCKED_MESSAGE });
        }
        continue;
      }
      // The values the file touches, before → after (a cleared one with null numbers), on the report.
      const touched = new Set([...filled, ...clearing.map((c) => c.indicatorId)]);
      const before = stored.filter((v) => touched.has(v.indicatorId));
      await recordAudit(trx, {
        actorId: ctx.actor.userId,
        bodyId,
        action: 'report.import_excel',
        entityType: 'report',
        entityId: open.id,
        before: { values: before },
        after: { values: valuesAfter(before, values) },
      });
      if (clearing.length) {
        await trx
          .deleteFrom('indicator_values')
          .where('report_id', '=', open.id)
          .where(
            'indicator_id',
            'in',
            clearing.map((c) => c.indicatorId),
          )
          .execute();
      }
      await writeReportValues(trx, open, values);
      saved += values.length + clearing.length;
      cleared += clearing.length;
      written++;
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: plan.body_id,
      action: 'report.import_excel',
      entityType: 'reporting_period',
      entityId: period.id,
      after: { saved, cleared, bodies: written, skippedLocked: skipped, errors: errors.length },
    });
  });
  errors.sort((a, b) => a.row - b.row);
  return { saved, errors, skipped };
}
