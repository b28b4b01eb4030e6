import type { ReportStatus } from '@lantoa/db';
import { recordAudit } from '@lantoa/db';
import { can, percent } from '@lantoa/domain';
import { buildValuesXlsx } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type PlainCell, readUploadedWorkbook } from '../files/read-uploaded-workbook.ts';
import type { UploadedFile } from '../files/store-file.ts';
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
const EDITABLE: ReportStatus[] = ['draft', 'returned'];
const LOCKED_MESSAGE = 'Báo cáo của đơn vị đã gửi hoặc đã được chấp nhận nên không sửa được.';

/**
 * Reads a filled template: each row's values go into its body's report (a draft is created when
 * missing); rows with an error are listed by row number and saved nothing, other rows are saved.
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
  if (cellText(header?.[0]) !== TEMPLATE_HEADER[0] || cellText(header?.[4]) !== TEMPLATE_HEADER[4]) {
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
      .select('id')
      .where('plan_id', '=', plan.id)
      .where('source', '=', 'reported')
      .execute(),
    ctx.db.selectFrom('reports').selectAll().where('period_id', '=', period.id).execute(),
  ]);
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const reported = new Set(indicators.map((i) => i.id));
  const errors: RowError[] = [];
  const byBody = new Map<string, { rows: number[]; values: ReportValueInput[] }>();
  for (const { number, cells } of sheet.rows) {
    if (number === 1) continue;
    const bodyId = cellText(cells[0]).trim();
    const indicatorId = cellText(cells[2]).trim();
    const numerator = cellNumber(cells[4]);
    const denominator = cellNumber(cells[5]);
    if (numerator === null && denominator === null) continue; // an empty row: nothing to enter
    const body = bodyById.get(bodyId);
    const fail = (field: string, message: string) => errors.push({ row: number, field, message });
    if (!body || !can(ctx.actor, 'updateTasks', body.path)) {
      fail('bodyId', 'Mã đơn vị không thuộc kế hoạch hoặc ngoài phạm vi của bạn.');
      continue;
    }
    if (!reported.has(indicatorId)) {
      fail('indicatorId', 'Mã chỉ tiêu không thuộc kế hoạch.');
      continue;
    }
    if (numerator === null || Number.isNaN(numerator) || denominator === null || Number.isNaN(denominator)) {
      fail(
        Number.isNaN(numerator ?? 0) || numerator === null ? 'numerator' : 'denominator',
        'Tử số và mẫu số phải là số.',
      );
      continue;
    }
    const report = reports.find((r) => r.body_id === bodyId);
    if (report && !EDITABLE.includes(report.status)) {
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
    const entry = byBody.get(bodyId) ?? { rows: [], values: [] };
    entry.rows.push(number);
    entry.values.push(value);
    byBody.set(bodyId, entry);
  }
  let saved = 0;
  let skipped = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const [bodyId, { rows, values }] of byBody) {
      await trx
        .insertInto('reports')
        .values({ period_id: period.id, body_id: bodyId })
        .onConflict((oc) => oc.columns(['period_id', 'body_id']).doNothing())
        .execute();
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
        for (const row of rows) errors.push({ row, field: 'bodyId', message: LOCKED_MESSAGE });
        continue;
      }
      await writeReportValues(trx, open, values);
      saved += values.length;
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: plan.body_id,
      action: 'report.import_excel',
      entityType: 'reporting_period',
      entityId: period.id,
      after: { saved, bodies: byBody.size - skipped, skippedLocked: skipped, errors: errors.length },
    });
  });
  errors.sort((a, b) => a.row - b.row);
  return { saved, errors, skipped };
}
