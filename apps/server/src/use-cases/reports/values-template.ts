// The Excel template many bodies' values are entered in: written by exportTemplateWorkbook, read back
// by importTemplate. A ratio fills both figure columns; a count fills the first and leaves "Mẫu số"
// empty.

export const TEMPLATE_SHEET = 'Nhập số liệu';
export const TEMPLATE_HEADER = [
  'Mã đơn vị (không sửa)',
  'Cơ quan, đơn vị',
  'Mã chỉ tiêu (không sửa)',
  'Chỉ tiêu',
  'Tử số / Số lượng',
  'Mẫu số',
  'Ghi chú',
];

/** The first figure's heading in templates downloaded before counts existed, still read back. */
export const LEGACY_NUMERATOR_HEADER = 'Tử số';
