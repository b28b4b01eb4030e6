// A first definition of the indicator that measures a plan target, for the coordinator to refine:
// "Ít nhất 80% người dân trên địa bàn xã tiếp cận được các thông tin" →
// numerator "Số người dân trên địa bàn xã tiếp cận được các thông tin",
// denominator "Tổng số người dân trên địa bàn xã".

export interface IndicatorDefinition {
  name: string;
  numeratorLabel: string;
  denominatorLabel: string;
}

const LEADING_QUANTITY =
  /^\s*(?:[-–•+]\s*)?(?:(?:phấn đấu|đạt|bảo đảm|đảm bảo|có)\s+)?(?:(?:ít nhất|tối thiểu|trên|đạt|khoảng|tối đa|dưới)\s+)?\d+(?:[.,]\d+)?\s*%\s*(?:(?:số|các|tổng số)\s+)?/iu;
// Where the measured population ends and what is measured about it begins.
const PREDICATE = /\s(?:đều|được|có|đã|tiếp cận|tham gia|sử dụng|ứng dụng|nắm được|biết)\s/iu;
const MAX_NAME = 160;

const capitalise = (s: string) => (s ? s[0]?.toLocaleUpperCase('vi') + s.slice(1) : s);
const shorten = (s: string) =>
  s.length <= MAX_NAME ? s : `${s.slice(0, MAX_NAME - 1).replace(/\s+\S*$/u, '')}…`;

export function defineIndicator(targetText: string): IndicatorDefinition {
  const text = targetText
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;]+$/u, '');
  const quantityAt = text.search(/\d+(?:[.,]\d+)?\s*%/u);
  // "Cung cấp kịp thời 100% nội dung chỉ đạo": the verb before the percentage belongs to the measure.
  const lead =
    quantityAt > 0
      ? text
          .slice(0, quantityAt)
          .replace(/(?:^|\s)(?:ít nhất|tối thiểu|trên|đạt|khoảng|phấn đấu)\s*$/iu, '')
          .trim()
      : '';
  const subject = (quantityAt > 0 ? text.slice(quantityAt) : text).replace(LEADING_QUANTITY, '').trim();
  const split = subject.search(PREDICATE);
  const population = split > 0 ? subject.slice(0, split).trim() : subject;
  const measured = lead ? `${subject} được ${lead.toLocaleLowerCase('vi')}` : subject;
  return {
    name: shorten(capitalise(lead ? `${lead} ${subject}` : subject)),
    numeratorLabel: shorten(`Số ${measured}`),
    denominatorLabel: shorten(`Tổng số ${population}`),
  };
}
