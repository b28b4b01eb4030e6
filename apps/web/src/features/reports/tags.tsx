import { SUBMISSION_STATUSES } from '@lantoa/domain/constants';
import { Tag } from 'antd';
import type { ReportStatus, SubmissionStatus } from '../../api/types.ts';
import { type Translate, useT } from '../../i18n/i18n.tsx';

const STATUS_COLORS: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
};

export function ReportStatusTag({ status }: { status: ReportStatus | null }) {
  const t = useT();
  return (
    <Tag
      color={status ? STATUS_COLORS[status] : undefined}
      variant={status ? 'filled' : 'outlined'}
      style={{ marginInlineEnd: 0 }}
      data-status={status ?? 'none'}
    >
      {t(`report.status.${status ?? 'none'}`)}
    </Tag>
  );
}

export const TIMELINESS_HEX: Record<SubmissionStatus, string> = {
  on_time: '#389e0d',
  late: '#d48806',
  missing: '#cf1322',
  not_due: '#8c8c8c',
};

const TIMELINESS_COLORS: Record<SubmissionStatus, string> = {
  on_time: 'green',
  late: 'gold',
  missing: 'red',
  not_due: 'default',
};

/** Timeliness to filter on, named as its tags name it. */
export const timelinessOptions = (t: Translate) =>
  SUBMISSION_STATUSES.map((value) => ({ value, label: t(`timeliness.${value}`) }));

export function TimelinessTag({ value }: { value: SubmissionStatus }) {
  const t = useT();
  return (
    <Tag color={TIMELINESS_COLORS[value]} style={{ marginInlineEnd: 0 }} data-timeliness={value}>
      {t(`timeliness.${value}`)}
    </Tag>
  );
}
