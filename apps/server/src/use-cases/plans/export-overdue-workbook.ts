import { formatIsoDate } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { excelDate, type ListColumn, listWorkbook } from '../shared/list-sheet.ts';
import {
  daysLate,
  type OverdueFilter,
  type OverdueScope,
  overdueRows,
  overdueScope,
} from './list-overdue.ts';

// The whole filtered overdue list (not one page) as a workbook a coordinator can sort, filter and
// send on: a title saying what was filtered and on which day, then one row per overdue occurrence.
// Due dates are real Excel dates shown dd/mm/yyyy, so they sort and compute as dates.

const ROLE_LABEL = { lead: 'Chủ trì', partner: 'Phối hợp' } as const;

const COLUMNS: ListColumn[] = [
  { key: 'dueOn', header: 'Hạn', width: 12, numFmt: 'dd/mm/yyyy' },
  { key: 'label', header: 'Kỳ', width: 18 },
  { key: 'daysLate', header: 'Số ngày quá hạn', width: 12, numFmt: '#,##0' },
  { key: 'body', header: 'Cơ quan, đơn vị', width: 40 },
  { key: 'role', header: 'Vai trò', width: 10 },
  { key: 'plan', header: 'Kế hoạch số', width: 16 },
  { key: 'ref', header: 'Mục', width: 8 },
  { key: 'task', header: 'Nhiệm vụ', width: 70 },
];

/** The filters in words, for the title: "Lọc: …", or that the list holds everything followed. */
export function describeOverdueFilter(f: OverdueFilter, scope: OverdueScope): string {
  const parts = [
    scope.body && `đơn vị: ${scope.body.name} và các đơn vị trực thuộc`,
    scope.plan && `kế hoạch: ${scope.plan.number ? `số ${scope.plan.number}` : scope.plan.title}`,
    f.q?.trim() && `nhiệm vụ có: «${f.q.trim()}»`,
    f.role && `vai trò: ${ROLE_LABEL[f.role].toLowerCase()}`,
    f.minDaysLate && `quá hạn từ ${f.minDaysLate} ngày`,
  ].filter(Boolean);
  return parts.length > 0 ? `Lọc theo ${parts.join('; ')}.` : 'Không lọc: mọi việc quá hạn được theo dõi.';
}

/** Every overdue occurrence the filter keeps, as .xlsx, with the file's name. */
export async function exportOverdueWorkbook(ctx: Context, f: OverdueFilter) {
  const scope = await overdueScope(ctx, f);
  const rows = await overdueRows(ctx, f, scope).execute();

  const bytes = await listWorkbook({
    sheet: 'Quá hạn',
    columns: COLUMNS,
    title: [
      `Nhiệm vụ quá hạn chưa hoàn thành đến ngày ${formatIsoDate(scope.today)}`,
      describeOverdueFilter(f, scope),
      `Tổng số: ${rows.length.toLocaleString('vi-VN')} kỳ quá hạn`,
    ],
    rows: rows.map((r) => ({
      dueOn: excelDate(r.due_on),
      label: r.label.normalize('NFC'),
      daysLate: daysLate(r.due_on, scope.today),
      body: r.body_name.normalize('NFC'),
      role: ROLE_LABEL[r.role],
      plan: r.plan_number ?? '',
      ref: r.ref,
      task: r.title.normalize('NFC'),
    })),
  });
  return { name: `qua-han-${scope.today}.xlsx`, bytes };
}
