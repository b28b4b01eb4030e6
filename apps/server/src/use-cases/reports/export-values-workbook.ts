import type { ReportStatus } from '@lantoa/db';
import {
  formatIsoDate,
  REPORTS_IN,
  reportsIndicator,
  SUBMISSION_STATUS_LABELS,
  submissionStatus,
  vietnamDateOf,
} from '@lantoa/domain';
import { buildValuesXlsx } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { excelDate } from '../shared/list-sheet.ts';
import { loadPeriodToConsolidate } from './load-report.ts';

const STATUS_LABEL: Record<ReportStatus, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi',
  returned: 'Trả lại',
  accepted: 'Đã chấp nhận',
};

const COUNT_FORMAT = '#,##0';
/** A figure stored with decimals before they were refused shows them, not a rounded whole number. */
const FRACTION_FORMAT = '#,##0.0##';
const DATE_FORMAT = 'dd/mm/yyyy';

/** The rate of a row, from the row's own cells: exact, and right again if a figure is corrected. */
const rate = (numerator: number, denominator: number | null) => ({
  formula: (ref: (key: string) => string) =>
    `IF(N(${ref('denominator')})>0,${ref('numerator')}/${ref('denominator')},"")`,
  result: denominator !== null && denominator > 0 ? numerator / denominator : null,
});

/**
 * Every value of a period, one row per body and indicator, with the report's state and when it was
 * sent and accepted: a ratio's numerator, denominator and rate; a count's figure under "Tử số / Số
 * lượng", with its unit. Under the table, one totals row per indicator: the official figure, Σ
 * numerators over Σ denominators (never an average of rates) of the accepted reports of the bodies
 * that report it — what the consolidated report prints; the other rows are there to check against.
 */
export async function exportValuesWorkbook(ctx: Context, periodId: string) {
  const { period, plan } = await loadPeriodToConsolidate(ctx, periodId);
  const rows = await ctx.db
    .selectFrom('indicator_values as v')
    .innerJoin('reports as r', 'r.id', 'v.report_id')
    .innerJoin('bodies as b', 'b.id', 'v.body_id')
    .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
    .select([
      'b.name as body',
      'b.code',
      'i.id as indicatorId',
      'i.name as indicator',
      'i.unit',
      'i.measure',
      'i.position',
      'i.reported_by',
      'b.kind as bodyKind',
      'v.numerator',
      'v.denominator',
      'v.note',
      'r.status',
      'r.submitted_at',
      'r.reviewed_at',
    ])
    .where('v.period_id', '=', period.id)
    .orderBy('b.name')
    .orderBy('i.position')
    .execute();
  const totals = new Map<
    string,
    {
      indicator: string;
      unit: string;
      position: number;
      numerator: number;
      denominator: number | null;
      accepted: number;
    }
  >();
  const table = rows.map((r) => {
    const numerator = Number(r.numerator);
    const denominator = r.denominator === null ? null : Number(r.denominator);
    const total = totals.get(r.indicatorId) ?? {
      indicator: r.indicator,
      unit: r.unit,
      position: r.position,
      numerator: 0,
      denominator: r.measure === 'count' ? null : 0,
      accepted: 0,
    };
    // Official figures: accepted reports of the kinds of body that report the indicator (the roll-up's rule).
    if (r.status === 'accepted' && reportsIndicator(r.reported_by, r.bodyKind)) {
      total.numerator += numerator;
      if (total.denominator !== null) total.denominator += denominator ?? 0;
      total.accepted += 1;
    }
    totals.set(r.indicatorId, total);
    // A returned report is not in, whatever it was sent on before.
    const sentAt = (REPORTS_IN as readonly ReportStatus[]).includes(r.status) ? r.submitted_at : null;
    return {
      body: r.body,
      code: r.code,
      indicator: r.indicator,
      numerator,
      denominator,
      rate: r.measure === 'count' ? null : rate(numerator, denominator),
      unit: r.unit,
      status: STATUS_LABEL[r.status],
      submittedOn: sentAt ? excelDate(vietnamDateOf(sentAt)) : null,
      timeliness: sentAt
        ? SUBMISSION_STATUS_LABELS[
            submissionStatus(
              { dueOn: period.due_on, submittedAt: sentAt.toISOString() },
              sentAt.toISOString(),
            )
          ].vi
        : null,
      acceptedOn: r.status === 'accepted' && r.reviewed_at ? excelDate(vietnamDateOf(r.reviewed_at)) : null,
      note: r.note,
    };
  });
  const totalRows = [...totals.values()]
    .sort((a, b) => a.position - b.position)
    .map((t) => ({
      body: `Tổng cộng các báo cáo đã chấp nhận (${t.accepted} đơn vị)`,
      indicator: t.indicator,
      numerator: t.numerator,
      denominator: t.denominator,
      rate: t.denominator === null ? null : rate(t.numerator, t.denominator),
      unit: t.unit,
    }));
  const window = `số liệu từ ${formatIsoDate(period.data_from)} đến ${formatIsoDate(period.data_to)}, hạn báo cáo ${formatIsoDate(period.due_on)}`;
  return buildValuesXlsx(
    [
      {
        title: period.label,
        pageTitle: `Số liệu ${period.label} — ${plan.title}`,
        columns: [
          { key: 'body', header: 'Cơ quan, đơn vị', width: 30, wrap: true },
          { key: 'code', header: 'Mã', width: 8 },
          { key: 'indicator', header: 'Chỉ tiêu', width: 48, wrap: true },
          {
            key: 'numerator',
            header: 'Tử số / Số lượng',
            width: 11,
            numFmt: COUNT_FORMAT,
            fractionNumFmt: FRACTION_FORMAT,
          },
          {
            key: 'denominator',
            header: 'Mẫu số',
            width: 11,
            numFmt: COUNT_FORMAT,
            fractionNumFmt: FRACTION_FORMAT,
          },
          { key: 'rate', header: 'Tỷ lệ', width: 10, numFmt: '0.0%' },
          { key: 'unit', header: 'Đơn vị tính', width: 10, wrap: true },
          { key: 'status', header: 'Trạng thái báo cáo', width: 13, wrap: true },
          { key: 'submittedOn', header: 'Ngày gửi', width: 11, numFmt: DATE_FORMAT },
          { key: 'timeliness', header: 'Đúng hạn', width: 13, wrap: true },
          { key: 'acceptedOn', header: 'Ngày chấp nhận', width: 11, numFmt: DATE_FORMAT },
          { key: 'note', header: 'Ghi chú', width: 24, wrap: true },
        ],
        rows: table,
        totals: totalRows,
        notes: [
          `Kế hoạch: ${plan.title}.`,
          `Kỳ báo cáo: ${period.label} (${window}).`,
          'Dòng tổng cộng là số liệu chính thức, như trong báo cáo tổng hợp: tổng tử số chia tổng mẫu số của các báo cáo đã được chấp nhận. Các dòng báo cáo chưa được chấp nhận có trong bảng để đối chiếu, không được cộng.',
        ],
      },
    ],
    { title: `Số liệu ${period.label} — ${plan.title}` },
  );
}
