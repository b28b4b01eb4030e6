import type { ReportStatus } from '@lantoa/db';
import { recordAudit } from '@lantoa/db';
import { can } from '@lantoa/domain';
import { buildValuesXlsx } from '@lantoa/reports';
import ExcelJS from 'exceljs';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { percent } from './indicator-values.ts';
import { loadPeriod, reportingBodies } from './load-report.ts';
import { assertValues, type ReportValueInput, writeReportValues } from './save-report.ts';

const STATUS_LABEL: Record<ReportStatus, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi',
  returned: 'Trả lại',
  accepted: 'Đã chấp nhận',
};

async function loadForCoordinator(ctx: Context, periodId: string) {
  const { period, plan } = await loadPeriod(ctx, periodId);
  if (!can(ctx.actor, 'managePlans', plan.body_path)) throw notFound('kỳ báo cáo');
  return { period, plan };
}

/** Every value of a period, one row per body and indicator, with the report's state. */
export async function valuesWorkbook(ctx: Context, periodId: string) {
  const { period } = await loadForCoordinator(ctx, periodId);
  const rows = await ctx.db
    .selectFrom('indicator_values as v')
    .innerJoin('reports as r', 'r.id', 'v.report_id')
    .innerJoin('bodies as b', 'b.id', 'v.body_id')
    .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
    .select([
      'b.name as body',
      'b.code',
      'i.name as indicator',
      'v.numerator',
      'v.denominator',
      'v.note',
      'r.status',
    ])
    .where('v.period_id', '=', period.id)
    .orderBy('b.name')
    .orderBy('i.position')
    .execute();
  return buildValuesXlsx([
    {
      title: period.label,
      columns: [
        { key: 'body', header: 'Cơ quan, đơn vị', width: 40 },
        { key: 'code', header: 'Mã', width: 8 },
        { key: 'indicator', header: 'Chỉ tiêu', width: 60 },
        { key: 'numerator', header: 'Tử số', width: 12, numFmt: '#,##0' },
        { key: 'denominator', header: 'Mẫu số', width: 12, numFmt: '#,##0' },
        { key: 'rate', header: 'Tỷ lệ', width: 10, numFmt: '0.0%' },
        { key: 'status', header: 'Trạng thái báo cáo', width: 16 },
        { key: 'note', header: 'Ghi chú', width: 30 },
      ],
      rows: rows.map((r) => ({
        body: r.body,
        code: r.code,
        indicator: r.indicator,
        numerator: Number(r.numerator),
        denominator: Number(r.denominator),
        rate: (percent(Number(r.numerator), Number(r.denominator)) ?? 0) / 100,
        status: STATUS_LABEL[r.status],
        note: r.note,
      })),
    },
  ]);
}

const TEMPLATE_SHEET = 'Nhập số liệu';
const TEMPLATE_HEADER = [
  'Mã đơn vị (không sửa)',
  'Cơ quan, đơn vị',
  'Mã chỉ tiêu (không sửa)',
  'Chỉ tiêu',
  'Tử số',
  'Mẫu số',
  'Ghi chú',
];

/** A template with one row per reporting body and reported indicator, pre-filled with current values. */
export async function templateWorkbook(ctx: Context, periodId: string) {
  const { period, plan } = await loadForCoordinator(ctx, periodId);
  const [bodies, indicators, values] = await Promise.all([
    reportingBodies(ctx, plan.id),
    ctx.db
      .selectFrom('indicators')
      .selectAll()
      .where('plan_id', '=', plan.id)
      .where('source', '=', 'reported')
      .orderBy('position')
      .execute(),
    ctx.db.selectFrom('indicator_values').selectAll().where('period_id', '=', period.id).execute(),
  ]);
  const rows = bodies.flatMap((b) =>
    indicators.map((i) => {
      const v = values.find((x) => x.body_id === b.id && x.indicator_id === i.id);
      return {
        bodyId: b.id,
        body: b.name,
        indicatorId: i.id,
        indicator: `${i.name} (tử số: ${i.numerator_label}; mẫu số: ${i.denominator_label})`,
        numerator: v ? Number(v.numerator) : null,
        denominator: v ? Number(v.denominator) : null,
        note: v?.note ?? null,
      };
    }),
  );
  return buildValuesXlsx([
    {
      title: TEMPLATE_SHEET,
      columns: [
        { key: 'bodyId', header: TEMPLATE_HEADER[0] as string, width: 12 },
        { key: 'body', header: TEMPLATE_HEADER[1] as string, width: 36 },
        { key: 'indicatorId', header: TEMPLATE_HEADER[2] as string, width: 12 },
        { key: 'indicator', header: TEMPLATE_HEADER[3] as string, width: 70 },
        { key: 'numerator', header: TEMPLATE_HEADER[4] as string, width: 12, numFmt: '#,##0' },
        { key: 'denominator', header: TEMPLATE_HEADER[5] as string, width: 12, numFmt: '#,##0' },
        { key: 'note', header: TEMPLATE_HEADER[6] as string, width: 30 },
      ],
      rows,
    },
  ]);
}

interface RowError {
  row: number;
  field: string;
  message: string;
}

const cellText = (v: ExcelJS.CellValue): string =>
  v === null || v === undefined
    ? ''
    : typeof v === 'object' && 'result' in v
      ? String(v.result ?? '')
      : String(v);
const cellNumber = (v: ExcelJS.CellValue): number | null => {
  const text = cellText(v).trim().replace(/\./g, '').replace(',', '.');
  if (text === '') return null;
  const n = typeof v === 'number' ? v : Number(text);
  return Number.isFinite(n) ? n : Number.NaN;
};

/**
 * Reads a filled template: each row's values go into its body's report (a draft is created when
 * missing); rows with an error are listed by row number and saved nothing, other rows are saved.
 * Reports already submitted or accepted are not changed.
 */
export async function importTemplate(ctx: Context, periodId: string, bytes: Uint8Array) {
  const { period, plan } = await loadPeriod(ctx, periodId);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError(
      'invalid_input',
      'Không đọc được tệp Excel. Hãy dùng đúng mẫu đã tải về (.xlsx).',
      'file',
    );
  }
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET) ?? workbook.worksheets[0];
  const header = sheet?.getRow(1).values as ExcelJS.CellValue[] | undefined;
  if (
    !sheet ||
    cellText(header?.[1] ?? null) !== TEMPLATE_HEADER[0] ||
    cellText(header?.[5] ?? null) !== TEMPLATE_HEADER[4]
  ) {
    throw new AppError(
      'invalid_input',
      'Tệp không đúng mẫu nhập số liệu. Hãy tải mẫu mới rồi điền lại.',
      'file',
    );
  }
  if (sheet.rowCount > 20_001)
    throw new AppError('invalid_input', 'Tệp có quá nhiều dòng (tối đa 20.000).', 'file');
  const [bodies, indicators, reports] = await Promise.all([
    reportingBodies(ctx, plan.id),
    ctx.db
      .selectFrom('indicators')
      .select('id')
      .where('plan_id', '=', plan.id)
      .where('source', '=', 'reported')
      .execute(),
    ctx.db.selectFrom('reports').selectAll().where('period_id', '=', period.id).execute(),
  ]);
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const reported = new Set(indicators.map((i) => i.id));
  const errors: RowError[] = [];
  const byBody = new Map<string, ReportValueInput[]>();
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const bodyId = cellText(row.getCell(1).value).trim();
    const indicatorId = cellText(row.getCell(3).value).trim();
    const numerator = cellNumber(row.getCell(5).value);
    const denominator = cellNumber(row.getCell(6).value);
    if (numerator === null && denominator === null) return; // an empty row: nothing to enter
    const body = bodyById.get(bodyId);
    const fail = (field: string, message: string) => errors.push({ row: number, field, message });
    if (!body || !can(ctx.actor, 'updateTasks', body.path))
      return fail('bodyId', 'Mã đơn vị không thuộc kế hoạch hoặc ngoài phạm vi của bạn.');
    if (!reported.has(indicatorId)) return fail('indicatorId', 'Mã chỉ tiêu không thuộc kế hoạch.');
    if (numerator === null || Number.isNaN(numerator) || denominator === null || Number.isNaN(denominator)) {
      return fail(
        Number.isNaN(numerator ?? 0) || numerator === null ? 'numerator' : 'denominator',
        'Tử số và mẫu số phải là số.',
      );
    }
    const report = reports.find((r) => r.body_id === bodyId);
    if (report && report.status !== 'draft' && report.status !== 'returned') {
      return fail('bodyId', 'Báo cáo của đơn vị đã gửi hoặc đã được chấp nhận nên không sửa được.');
    }
    const value = { indicatorId, numerator, denominator, note: cellText(row.getCell(7).value) || null };
    try {
      assertValues([value], reported);
    } catch (error) {
      return fail((error as AppError).field?.split('.').pop() ?? 'numerator', (error as Error).message);
    }
    byBody.set(bodyId, [...(byBody.get(bodyId) ?? []), value]);
  });
  let saved = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const [bodyId, values] of byBody) {
      let report = reports.find((r) => r.body_id === bodyId);
      report ??= await trx
        .insertInto('reports')
        .values({ period_id: period.id, body_id: bodyId })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeReportValues(trx, report, values);
      await trx
        .updateTable('reports')
        .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
        .where('id', '=', report.id)
        .execute();
      saved += values.length;
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: plan.body_id,
      action: 'report.import_excel',
      entityType: 'reporting_period',
      entityId: period.id,
      after: { saved, bodies: byBody.size, errors: errors.length },
    });
  });
  return { saved, errors };
}
