import type { ReportStatus } from '@lantoa/db';
import { percent } from '@lantoa/domain';
import { buildValuesXlsx } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { loadPeriodToConsolidate } from './load-report.ts';

const STATUS_LABEL: Record<ReportStatus, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi',
  returned: 'Trả lại',
  accepted: 'Đã chấp nhận',
};

/**
 * Every value of a period, one row per body and indicator, with the report's state: a ratio's
 * numerator, denominator and rate; a count's figure under "Tử số / Số lượng", with its unit.
 */
export async function exportValuesWorkbook(ctx: Context, periodId: string) {
  const { period } = await loadPeriodToConsolidate(ctx, periodId);
  const rows = await ctx.db
    .selectFrom('indicator_values as v')
    .innerJoin('reports as r', 'r.id', 'v.report_id')
    .innerJoin('bodies as b', 'b.id', 'v.body_id')
    .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
    .select([
      'b.name as body',
      'b.code',
      'i.name as indicator',
      'i.unit',
      'i.measure',
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
        { key: 'numerator', header: 'Tử số / Số lượng', width: 12, numFmt: '#,##0' },
        { key: 'denominator', header: 'Mẫu số', width: 12, numFmt: '#,##0' },
        { key: 'rate', header: 'Tỷ lệ', width: 10, numFmt: '0.0%' },
        { key: 'unit', header: 'Đơn vị tính', width: 12 },
        { key: 'status', header: 'Trạng thái báo cáo', width: 16 },
        { key: 'note', header: 'Ghi chú', width: 30 },
      ],
      rows: rows.map((r) => ({
        body: r.body,
        code: r.code,
        indicator: r.indicator,
        numerator: Number(r.numerator),
        denominator: r.denominator === null ? null : Number(r.denominator),
        rate: r.measure === 'count' ? null : (percent(Number(r.numerator), Number(r.denominator)) ?? 0) / 100,
        unit: r.unit,
        status: STATUS_LABEL[r.status],
        note: r.note,
      })),
    },
  ]);
}
