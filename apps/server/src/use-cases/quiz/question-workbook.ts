import { QUIZ_OPTION_KEYS } from '@lantoa/domain';

/** The columns of the bank's Excel template, for export and import alike. */
export const QUESTION_WORKBOOK_HEADER = [
  'Mã',
  'Chủ đề',
  'Mức độ (1-3)',
  'Câu hỏi',
  ...QUIZ_OPTION_KEYS.map((k) => `Phương án ${k}`),
  'Đáp án đúng',
  'Giải thích',
];
