// The registry of state-funded science and technology tasks (issue 17): its closed lists with their
// Vietnamese names, and the small pure helpers its pages and imports share. Nothing heavy here: the
// web's constants entry point exports this file.

import { membersOf } from '../named-list.ts';

/** Who manages a task (cấp quản lý), as the department's lists name it. */
export const SCIENCE_TASK_LEVEL_NAMES = {
  national: 'Cấp quốc gia',
  ministry: 'Cấp bộ',
  province: 'Cấp tỉnh',
  grassroots: 'Cấp cơ sở',
} as const;
export type ScienceTaskLevel = keyof typeof SCIENCE_TASK_LEVEL_NAMES;
export const SCIENCE_TASK_LEVELS = membersOf(SCIENCE_TASK_LEVEL_NAMES);

/** Where a task stands (tình trạng), from its approval to the use of its results. */
export const SCIENCE_TASK_STATUS_NAMES = {
  approved: 'Đã phê duyệt',
  in_progress: 'Đang thực hiện',
  accepted: 'Đã nghiệm thu',
  applied: 'Đã chuyển giao, ứng dụng',
  stopped: 'Dừng thực hiện',
} as const;
export type ScienceTaskStatus = keyof typeof SCIENCE_TASK_STATUS_NAMES;
export const SCIENCE_TASK_STATUSES = membersOf(SCIENCE_TASK_STATUS_NAMES);

/** The computed indicator the registry measures: published ÷ non-secret tasks (indicators.computed_kind). */
export const SCIENCE_INDICATOR_KINDS = ['science_disclosed'] as const;
export type ScienceIndicatorKind = (typeof SCIENCE_INDICATOR_KINDS)[number];

/** The database's limits of a task's texts (0024), which the forms and the import also apply. */
export const SCIENCE_TASK_LIMITS = {
  code: 60,
  title: 1000,
  hostOrganisation: 500,
  leadScientist: 300,
  results: 10_000,
  summary: 5000,
} as const;

/**
 * A sum in đồng as Vietnamese write it: "1.250.000.000 đồng" (dots between thousands; no rounding,
 * the budget is whole đồng). Written out rather than left to Intl so the public page reads the same
 * whatever locale data the server carries.
 */
export function formatVnd(amount: number): string {
  const whole = Math.round(Math.abs(amount));
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}${grouped} đồng`;
}

/** One million đồng: the unit of the department's lists ("Kinh phí NSNN (triệu đồng)"). */
export const VND_PER_MILLION = 1_000_000;

/**
 * A budget in millions of đồng as a cell or a form holds it, in đồng: a number, or a text written the
 * Vietnamese way ("1.250" is one thousand two hundred and fifty million, "1.250,5" has a decimal
 * comma) or with a decimal point ("1.5"). Null when empty; 'bad' when it is not a non-negative
 * amount or has more precision than a đồng.
 */
export function millionsToVnd(value: number | string | null | undefined): number | null | 'bad' {
  if (value === null || value === undefined) return null;
  let millions: number;
  if (typeof value === 'number') millions = value;
  else {
    const text = value.replace(/\s+/g, '').replace(/(triệu)?(đồng|đ|VNĐ|VND)?$/i, '');
    if (!text) return null;
    let normal: string;
    if (text.includes(',')) normal = text.replaceAll('.', '').replace(',', '.');
    else if (/^\d{1,3}(\.\d{3})+$/.test(text)) normal = text.replaceAll('.', '');
    else normal = text;
    if (!/^\d+(\.\d+)?$/.test(normal)) return 'bad';
    millions = Number(normal);
  }
  if (!Number.isFinite(millions) || millions < 0) return 'bad';
  const vnd = Math.round(millions * VND_PER_MILLION);
  // More than six decimals of a million is less than a đồng: a typing slip, not a budget.
  if (Math.abs(vnd - millions * VND_PER_MILLION) > 0.01 || !Number.isSafeInteger(vnd)) return 'bad';
  return vnd;
}
