import { AppError } from '../../http/errors.ts';

export type ReviewKind = 'yearly' | 'final';

export interface ReviewSpan {
  kind: ReviewKind;
  /** Every year covered, in order: the plan's first year to `year`. */
  years: number[];
  /** The yearly review's year; the final review's last year. */
  year: number;
  /** The plan's last year, whose targets the results are measured against too. */
  endYear: number;
}

/**
 * The years a review covers. A yearly review is of one year of the plan, compared with the years
 * before it; a final review covers the plan from its first year to its end (or to the year asked, when
 * it ends early), never past the current year: a year that has not begun has nothing to review.
 */
export function reviewSpan(
  plan: { start_year: number; end_year: number },
  q: { kind: ReviewKind; year?: number | undefined },
  today: string,
): ReviewSpan {
  const first = plan.start_year;
  const end = Math.max(first, plan.end_year);
  const thisYear = Number(today.slice(0, 4));
  const span = first === end ? `năm ${first}` : `${first}–${end}`;
  if (q.kind === 'yearly' && q.year === undefined)
    throw new AppError('invalid_input', 'Hãy chọn năm cần sơ kết.', 'year');
  const year = q.year ?? Math.max(first, Math.min(end, thisYear));
  if (year < first || year > end)
    throw new AppError(
      'invalid_input',
      `Năm ${year} nằm ngoài thời gian thực hiện Kế hoạch (${span}). Hãy chọn một năm trong khoảng đó.`,
      'year',
    );
  if (year > thisYear && (q.kind === 'yearly' || q.year !== undefined)) {
    const verb = q.kind === 'yearly' ? 'sơ kết' : 'tổng kết';
    throw new AppError(
      'invalid_input',
      thisYear < first
        ? `Kế hoạch bắt đầu từ năm ${first}: chưa có năm nào để ${verb}.`
        : `Năm ${year} chưa bắt đầu nên chưa có gì để ${verb}. Hãy chọn một năm từ ${first} đến ${Math.min(thisYear, end)}.`,
      'year',
    );
  }
  const years = Array.from({ length: year - first + 1 }, (_, k) => first + k);
  return { kind: q.kind, years, year, endYear: end };
}
