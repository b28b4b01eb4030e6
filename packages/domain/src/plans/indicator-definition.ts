// A first definition of the indicator that measures a plan target, for the coordinator to refine.
// A percentage is a ratio: "Ít nhất 80% người dân trên địa bàn xã tiếp cận được các thông tin" →
// numerator "Số người dân trên địa bàn xã tiếp cận được các thông tin",
// denominator "Tổng số người dân trên địa bàn xã".
// A number of things is a count: "Tối thiểu 2 dự án chuyển đổi số được triển khai" (unit "dự án") →
// the one figure "Số dự án chuyển đổi số được triển khai", and no denominator.

import { measureOfUnit } from '../reports/values.ts';

export interface IndicatorDefinition {
  name: string;
  /** A ratio's numerator, or a count's one figure. */
  numeratorLabel: string;
  /** '' for a count: it has no denominator. */
  denominatorLabel: string;
}

const LEADING_QUANTITY =
  /^\s*(?:[-–•+]\s*)?(?:(?:phấn đấu|đạt|bảo đảm|đảm bảo|có)\s+)?(?:(?:ít nhất|tối thiểu|trên|đạt|khoảng|tối đa|dưới)\s+)?\d+(?:[.,]\d+)?\s*%\s*(?:(?:số|các|tổng số)\s+)?/iu;
// The words between a measuring verb and its quantity ("Cung cấp kịp thời [ít nhất] 100%",
// "Tổ chức tuyên truyền [cho không dưới] 1.000 lượt người", "[Phấn đấu đạt] 50 tin, bài").
const QUALIFIER =
  /(?:(?:^|\s)(?:ít nhất|tối thiểu|không dưới|không ít hơn|trên|đạt|khoảng|tối đa|dưới|phấn đấu|cho))+\s*$/iu;
// Where the measured population ends and what is measured about it begins.
const PREDICATE = /\s(?:đều|được|có|đã|tiếp cận|tham gia|sử dụng|ứng dụng|nắm được|biết)\s/iu;
// As long as the indicator form takes: an official report prints the name in full, never cut with "…".
const MAX_NAME = 500;

const capitalise = (s: string) => (s ? s[0]?.toLocaleUpperCase('vi') + s.slice(1) : s);
const shorten = (s: string) =>
  s.length <= MAX_NAME ? s : `${s.slice(0, MAX_NAME - 1).replace(/\s+\S*$/u, '')}…`;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The draft definition of a target's indicator; `unit` is the target's ('%' or none: a ratio; a
 * counted noun such as 'dự án': a count).
 */
export function defineIndicator(targetText: string, unit = '%'): IndicatorDefinition {
  const text = targetText
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;]+$/u, '');
  return measureOfUnit(unit) === 'count'
    ? defineCount(text, unit.normalize('NFC').trim())
    : defineRatio(text);
}

/** The verb before the quantity ("Cung cấp kịp thời"), which belongs to the measure; '' if none. */
function leadBefore(text: string, quantityAt: number): string {
  return quantityAt > 0 ? text.slice(0, quantityAt).replace(QUALIFIER, '').trim() : '';
}

function defineRatio(text: string): IndicatorDefinition {
  const quantityAt = text.search(/\d+(?:[.,]\d+)?\s*%/u);
  const lead = leadBefore(text, quantityAt);
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

function defineCount(text: string, unit: string): IndicatorDefinition {
  // The figure ("2", "01", "1.000") right before the counted noun; else the first figure.
  const quantity =
    new RegExp(`\\d+(?:[.,]\\d+)*\\s*(?=${escapeRegExp(unit)}(?:\\s|,|$))`, 'iu').exec(text) ??
    /\d+(?:[.,]\d+)*\s*/u.exec(text);
  const lead = quantity ? leadBefore(text, quantity.index) : '';
  const subject = quantity ? text.slice(quantity.index + quantity[0].length).trim() : text;
  const measured = lead ? `${subject} được ${lead.toLocaleLowerCase('vi')}` : subject;
  return {
    name: shorten(capitalise(lead ? `${lead} ${subject}` : subject)),
    numeratorLabel: shorten(`Số ${measured}`),
    denominatorLabel: '',
  };
}
