import { endOfDayInVietnam, instant } from '../time/vietnam.ts';

export const SUBMISSION_STATUSES = ['on_time', 'late', 'missing', 'not_due'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_STATUS_LABELS: Readonly<Record<SubmissionStatus, { vi: string; en: string }>> = {
  on_time: { vi: 'Đã nộp đúng hạn', en: 'Submitted on time' },
  late: { vi: 'Đã nộp muộn', en: 'Submitted late' },
  missing: { vi: 'Quá hạn chưa nộp', en: 'Overdue, not submitted' },
  not_due: { vi: 'Chưa đến hạn', en: 'Not yet due' },
};

/**
 * Where one body's report stands. The deadline runs to the end of the due day in Vietnam (a report
 * due 01/06 may arrive until 23:59:59 on 01/06, UTC+7). `submittedAt` and `now` are ISO datetimes
 * with an offset; a report returned for correction should be passed as not submitted.
 */
export function submissionStatus(
  report: { dueOn: string; submittedAt: string | null },
  now: string,
): SubmissionStatus {
  const end = endOfDayInVietnam(report.dueOn);
  if (report.submittedAt !== null) return instant(report.submittedAt) < end ? 'on_time' : 'late';
  return instant(now) < end ? 'not_due' : 'missing';
}

export interface Completeness {
  /** Bodies expected to report in the period. */
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  notDue: number;
  /** submitted / expected as a fraction in [0, 1]; null when nobody is expected. */
  rate: number | null;
}

/** Counts for a period from the status of every expected body. */
export function completeness(list: Iterable<SubmissionStatus>): Completeness {
  const counts: Record<SubmissionStatus, number> = { on_time: 0, late: 0, missing: 0, not_due: 0 };
  let expected = 0;
  for (const status of list) {
    counts[status] += 1;
    expected += 1;
  }
  const submitted = counts.on_time + counts.late;
  return {
    expected,
    submitted,
    onTime: counts.on_time,
    late: counts.late,
    missing: counts.missing,
    notDue: counts.not_due,
    rate: expected === 0 ? null : submitted / expected,
  };
}
