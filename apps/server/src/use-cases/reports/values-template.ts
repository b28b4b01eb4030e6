// The Excel template many bodies' values are entered in: written by exportTemplateWorkbook, read back
// by importTemplate.

export const TEMPLATE_SHEET = 'Nhập số liệu';
export const TEMPLATE_HEADER = [
  'Mã đơn vị (không sửa)',
  'Cơ quan, đơn vị',
  'Mã chỉ tiêu (không sửa)',
  'Chỉ tiêu',
  'Tử số',
  'Mẫu số',
  'Ghi chú',
];
