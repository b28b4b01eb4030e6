// The Excel template many bodies' values are entered in: written by exportTemplateWorkbook, read back
// by importTemplate. A ratio fills both figure columns; a count fills the first and leaves "Mẫu số"
// empty. The header stays the first row (rows are matched by their ids, not their place); the
// file says which period and plan it is for in its sheet name, on every printed page, and in a
// hidden eighth column whose header is the marker the upload checks.

export const TEMPLATE_HEADER = [
  'Mã đơn vị (không sửa)',
  'Cơ quan, đơn vị',
  'Mã chỉ tiêu (không sửa)',
  'Chỉ tiêu',
  'Tử số / Số lượng',
  'Mẫu số',
  'Ghi chú',
] as const;

/** The columns of the template (A = 0), by what they hold. */
export const TEMPLATE_COLUMN = {
  bodyId: 0,
  body: 1,
  indicatorId: 2,
  indicator: 3,
  numerator: 4,
  denominator: 5,
  note: 6,
  marker: 7,
} as const;
export type TemplateField = keyof typeof TEMPLATE_COLUMN;

/** The columns read back: the seven of the header and the marker's. */
export const TEMPLATE_COLUMNS_READ = TEMPLATE_HEADER.length + 1;

/** The first figure's heading in templates from before counts: recognised, to ask for the new template. */
export const LEGACY_NUMERATOR_HEADER = 'Tử số';

/**
 * The sheet's name: the period's label in it, whole (Excel cuts names at 31 characters, and a cut
 * "6 tháng cuối năm" without its year would mislead more than no label).
 */
export function templateSheetName(periodLabel: string): string {
  const label = periodLabel.normalize('NFC').trim();
  const name = [`Nhập số liệu — ${label}`, `Số liệu ${label}`].find((n) => n.length <= 31) ?? label;
  // As the workbook writes it: Excel refuses []:*?/\ in a name ("Quý I/2026").
  return name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const MARKER = new RegExp(`^Mã mẫu nhập \\(không sửa\\) v2 \\| kỳ (${UUID}) \\| kế hoạch (${UUID})$`, 'i');

/** The hidden header that ties a downloaded template to its period and plan. */
export const templateMarker = (periodId: string, planId: string) =>
  `Mã mẫu nhập (không sửa) v2 | kỳ ${periodId} | kế hoạch ${planId}`.normalize('NFC');

/** The period and plan a template's marker names; null when it has none (a template of before) or it was changed. */
export function readTemplateMarker(text: string): { periodId: string; planId: string } | null {
  const match = MARKER.exec(text.normalize('NFC').trim());
  return match?.[1] && match[2] ? { periodId: match[1].toLowerCase(), planId: match[2].toLowerCase() } : null;
}
