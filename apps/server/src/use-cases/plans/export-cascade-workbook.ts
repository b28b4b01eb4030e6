import { formatIsoDate, type ReportStatus } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { excelDate, type ListColumn, listWorkbook } from '../shared/list-sheet.ts';
import { withoutJit } from '../shared/without-jit.ts';
import {
  type CascadeFilter,
  type CascadeRow,
  type CascadeScope,
  cascadeConformance,
  cascadeRows,
  cascadeScope,
} from './list-cascade.ts';

// The whole filtered cascade (not one page) as a workbook the province can sort, filter and send on:
// a title saying which plan, what was filtered and on which day, then one row per commune or ward.
// Dates are real Excel dates shown dd/mm/yyyy; a partial date ("tháng 3/2026") stays text.

const COLUMNS: ListColumn[] = [
  { key: 'body', header: 'Xã, phường', width: 34 },
  { key: 'code', header: 'Mã', width: 8 },
  { key: 'number', header: 'Kế hoạch số', width: 16 },
  { key: 'issuedOn', header: 'Ngày ban hành', width: 14, numFmt: 'dd/mm/yyyy' },
  { key: 'days', header: 'Số ngày sau kế hoạch cấp trên', width: 14, numFmt: '#,##0' },
  { key: 'targets', header: 'Chỉ tiêu thiếu hoặc thấp hơn', width: 14, numFmt: '#,##0' },
  { key: 'tasks', header: 'Nhiệm vụ chưa có tương ứng', width: 14, numFmt: '#,##0' },
  { key: 'onTime', header: 'Lượt nhiệm vụ hoàn thành đúng hạn', width: 14, numFmt: '#,##0' },
  { key: 'overdue', header: 'Lượt nhiệm vụ quá hạn', width: 12, numFmt: '#,##0' },
  { key: 'report', header: 'Báo cáo kỳ', width: 18 },
];

const STATUS_WORDS = {
  issued: 'đã ban hành kế hoạch',
  not_issued: 'chưa ban hành kế hoạch',
  not_reported: 'chưa gửi báo cáo',
  has_overdue: 'có nhiệm vụ quá hạn',
} as const;

/** The filters in words, for the title: "Lọc theo …", or that the list holds every body. */
export function describeCascadeFilter(f: CascadeFilter): string {
  const parts = [f.status && STATUS_WORDS[f.status], f.q?.trim() && `tên có: «${f.q.trim()}»`].filter(
    Boolean,
  );
  return parts.length > 0 ? `Lọc theo ${parts.join('; ')}.` : 'Không lọc: mọi xã, phường.';
}

/** A whole date as an Excel date; a partial one ('2026-05') as written. */
const issuedCell = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? excelDate(iso) : iso);

// The words of the report's states on the staff app's screens (i18n 'report.status.*').
const REPORT_WORDS: Record<ReportStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  accepted: 'Đã chấp nhận',
};

const reportWords = (r: CascadeRow) =>
  !r.report_expected ? 'Không phải báo cáo' : r.report_status ? REPORT_WORDS[r.report_status] : 'Chưa lập';

/** Every body of the cascade the filter keeps, as .xlsx, with the file's name. */
export async function exportCascadeWorkbook(ctx: Context, planId: string, f: CascadeFilter) {
  const scope: CascadeScope = await cascadeScope(ctx, planId, f);
  const rows = await withoutJit(ctx.db, (db) => cascadeRows({ ...ctx, db }, f, scope).execute());
  const conformance = await cascadeConformance(ctx, scope.plan.id, rows);
  const { plan, period, today } = scope;

  const name = plan.number ? `Kế hoạch số ${plan.number}` : `Kế hoạch «${plan.title}»`;
  const bytes = await listWorkbook({
    sheet: 'Xã, phường',
    columns: COLUMNS,
    title: [
      `Các xã, phường thực hiện ${name} của ${plan.body_name} đến ngày ${formatIsoDate(today)}`,
      describeCascadeFilter(f),
      `Tổng số: ${rows.length.toLocaleString('vi-VN')} xã, phường, trong đó ${rows
        .filter((r) => r.child_id)
        .length.toLocaleString('vi-VN')} đã ban hành kế hoạch${period ? `; báo cáo: ${period.label}` : ''}.`,
    ],
    rows: rows.map((r) => {
      const conforms = r.child_id ? conformance.get(r.child_id) : undefined;
      return {
        body: r.body_name.normalize('NFC'),
        code: r.body_code ?? '',
        number: r.child_id ? (r.child_number ?? 'Không số') : 'Chưa ban hành',
        issuedOn: r.child_issued_on ? issuedCell(r.child_issued_on) : '',
        days: r.days_to_issue ?? '',
        targets: conforms?.targetsMissingOrLower ?? '',
        tasks: conforms?.tasksWithoutCounterpart ?? '',
        onTime: r.on_time,
        overdue: r.overdue,
        report: reportWords(r),
      };
    }),
  });
  return { name: `xa-phuong-${today}.xlsx`, bytes };
}
