import {
  SCIENCE_TASK_LEVEL_NAMES,
  SCIENCE_TASK_LEVELS,
  SCIENCE_TASK_STATUS_NAMES,
  SCIENCE_TASK_STATUSES,
  type ScienceTaskLevel,
  type ScienceTaskStatus,
} from '@lantoa/domain/constants';
import { formatIsoDate } from '@lantoa/domain/rules';
import { Tag } from 'antd';
import { useT } from '../../i18n/i18n.tsx';
import { type BilingualNames, useNameOf, useOptionsOf } from '../../shared/bilingualNames.ts';
import type { ScienceTaskSummary } from './api.ts';

// The registry's closed lists by name. The Vietnamese names are the domain's, as the department's
// lists and the Excel template write them; the English ones are here.

const levelNames: BilingualNames<ScienceTaskLevel> = {
  keys: SCIENCE_TASK_LEVELS,
  vi: SCIENCE_TASK_LEVEL_NAMES,
  en: { national: 'National', ministry: 'Ministry', province: 'Province', grassroots: 'Grassroots' },
};

const statusNames: BilingualNames<ScienceTaskStatus> = {
  keys: SCIENCE_TASK_STATUSES,
  vi: SCIENCE_TASK_STATUS_NAMES,
  en: {
    approved: 'Approved',
    in_progress: 'In progress',
    accepted: 'Accepted (evaluated)',
    applied: 'Transferred, in use',
    stopped: 'Stopped',
  },
};

const STATUS_COLORS: Record<ScienceTaskStatus, string> = {
  approved: 'default',
  in_progress: 'processing',
  accepted: 'success',
  applied: 'green',
  stopped: 'error',
};

/** The names of the registry's lists in the current language, and their options in the domain's order. */
export function useScienceLabels() {
  return {
    levelName: useNameOf(levelNames),
    statusName: useNameOf(statusNames),
    levelOptions: useOptionsOf(levelNames),
    statusOptions: useOptionsOf(statusNames),
  };
}

export function StatusTag({ status }: { status: ScienceTaskStatus }) {
  const { statusName } = useScienceLabels();
  return <Tag color={STATUS_COLORS[status]}>{statusName(status)}</Tag>;
}

/** Whether the task is public, secret, or neither yet: the tags beside its title. */
export function DisclosureTags({ task }: { task: Pick<ScienceTaskSummary, 'isSecret' | 'publishedAt'> }) {
  const t = useT();
  if (task.isSecret)
    return (
      <Tag color="red" data-testid="task-secret">
        {t('science.tag.secret')}
      </Tag>
    );
  return task.publishedAt ? (
    <Tag color="blue" data-testid="task-published">
      {t('science.tag.published')}
    </Tag>
  ) : (
    <Tag>{t('science.tag.unpublished')}</Tag>
  );
}

/** "01/03/2025 – 28/02/2027", the half that is known, or nothing. */
export function taskPeriod(task: Pick<ScienceTaskSummary, 'startsOn' | 'endsOn'>): string {
  const from = task.startsOn ? formatIsoDate(task.startsOn) : '';
  const to = task.endsOn ? formatIsoDate(task.endsOn) : '';
  return from || to ? `${from || '…'} – ${to || '…'}` : '';
}
