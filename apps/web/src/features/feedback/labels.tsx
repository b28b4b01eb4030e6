import {
  FEEDBACK_AGE_NAMES,
  FEEDBACK_AGES,
  FEEDBACK_REJECT_REASON_NAMES,
  FEEDBACK_REJECT_REASONS,
  FEEDBACK_STATUS_NAMES,
  FEEDBACK_STATUSES,
  FEEDBACK_TOPIC_NAMES,
  FEEDBACK_TOPICS,
  FEEDBACK_VIEW_NAMES,
  FEEDBACK_VIEWS,
  type FeedbackAge,
  type FeedbackRejectReason,
  type FeedbackStatus,
  type FeedbackTopic,
  type FeedbackView,
} from '@lantoa/domain/constants';
import { formatIsoDate } from '@lantoa/domain/rules';
import { Tag } from 'antd';
import { useT } from '../../i18n/i18n.tsx';
import { type BilingualNames, useNameOf, useOptionsOf } from '../../shared/bilingualNames.ts';

// The closed lists of citizens' feedback by name: the Vietnamese names are the domain's (the public
// page says them too); the English ones are here.

const topicNames: BilingualNames<FeedbackTopic> = {
  keys: FEEDBACK_TOPICS,
  vi: FEEDBACK_TOPIC_NAMES,
  en: {
    policy: 'Policies',
    public_services: 'Public services, administrative procedures',
    digital_transformation: 'Digital transformation',
    science_technology: 'Science and technology',
    innovation: 'Innovation, start-ups',
    other: 'Other',
  },
};

const statusNames: BilingualNames<FeedbackStatus> = {
  keys: FEEDBACK_STATUSES,
  vi: FEEDBACK_STATUS_NAMES,
  en: {
    received: 'New',
    routed: 'Being handled',
    answered: 'Answered',
    published: 'Published',
    rejected: 'Not taken in',
  },
};

const viewNames: BilingualNames<FeedbackView> = {
  keys: FEEDBACK_VIEWS,
  vi: FEEDBACK_VIEW_NAMES,
  en: {
    new: 'New',
    in_progress: 'Being handled',
    overdue: 'Overdue',
    answered: 'Answered',
    published: 'Published',
    rejected: 'Not taken in',
  },
};

const reasonNames: BilingualNames<FeedbackRejectReason> = {
  keys: FEEDBACK_REJECT_REASONS,
  vi: FEEDBACK_REJECT_REASON_NAMES,
  en: {
    spam: 'Spam, advertising',
    abusive: 'Abusive, offensive content',
    out_of_scope: 'Outside what is taken in',
    duplicate: 'Duplicate of feedback already sent',
  },
};

const ageNames: BilingualNames<FeedbackAge> = {
  keys: FEEDBACK_AGES,
  vi: FEEDBACK_AGE_NAMES,
  en: { week: 'Under 7 days', month: '7 to 30 days', older: 'Over 30 days' },
};

/** The names of the lists in the current language, and their options in the domain's order. */
export function useFeedbackLabels() {
  return {
    topicName: useNameOf(topicNames),
    statusName: useNameOf(statusNames),
    viewName: useNameOf(viewNames),
    reasonName: useNameOf(reasonNames),
    topicOptions: useOptionsOf(topicNames),
    reasonOptions: useOptionsOf(reasonNames),
    ageOptions: useOptionsOf(ageNames),
  };
}

const STATUS_COLOURS: Record<FeedbackStatus, string> = {
  received: 'blue',
  routed: 'orange',
  answered: 'cyan',
  published: 'green',
  rejected: 'default',
};

export function StatusTag({ status, overdue }: { status: FeedbackStatus; overdue?: boolean }) {
  const t = useT();
  const { statusName } = useFeedbackLabels();
  return (
    <>
      <Tag color={STATUS_COLOURS[status]}>{statusName(status)}</Tag>
      {overdue && <Tag color="red">{t('feedback.overdue')}</Tag>}
    </>
  );
}

/** The last day to answer, red once passed. */
export function DueText({ dueOn, overdue }: { dueOn: string | null; overdue: boolean }) {
  const t = useT();
  if (!dueOn) return null;
  return (
    <span style={overdue ? { color: '#b3261e', fontWeight: 600 } : undefined}>
      {t('feedback.dueOn', { date: formatIsoDate(dueOn) })}
    </span>
  );
}
