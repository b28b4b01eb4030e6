import {
  EVENT_KINDS,
  type EventKind,
  type EventStatus,
  type InvitationResponse,
  KEY_DAY_CODES,
  KEY_DAY_NAMES,
  type KeyDay,
  type KeyDayStanding,
  type PresenterKind,
} from '@lantoa/domain/constants';
import { formatIsoDate } from '@lantoa/domain/rules';
import { Tag } from 'antd';
import { type Translate, useT } from '../../i18n/i18n.tsx';
import type { BilingualNames } from '../../shared/bilingualNames.ts';

/** The key days by name: the domain's Vietnamese (as plans write them), English here. */
export const keyDayNames: BilingualNames<KeyDay> = {
  keys: KEY_DAY_CODES,
  vi: KEY_DAY_NAMES,
  en: {
    science_day: 'Vietnam Science and Technology Day',
    innovation_day: 'Vietnam Innovation Day',
    digital_day: 'National Digital Transformation Day',
  },
};

export const kindLabel = (t: Translate, kind: EventKind) => t(`events.kind.${kind}`);
export const kindOptions = (t: Translate) =>
  EVENT_KINDS.map((value) => ({ value, label: kindLabel(t, value) }));
export const presenterLabel = (t: Translate, kind: PresenterKind) => t(`events.presenter.${kind}`);

const STATUS_COLORS: Record<EventStatus, string> = {
  planned: 'processing',
  held: 'success',
  cancelled: 'default',
};

export function StatusTag({ status }: { status: EventStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="event-status">
      {t(`events.status.${status}`)}
    </Tag>
  );
}

const RESPONSE_COLORS: Record<InvitationResponse, string> = {
  pending: 'default',
  confirmed: 'success',
  declined: 'error',
};

export function ResponseTag({ response }: { response: InvitationResponse }) {
  const t = useT();
  return <Tag color={RESPONSE_COLORS[response]}>{t(`events.response.${response}`)}</Tag>;
}

const STANDING_COLORS: Record<KeyDayStanding, string> = {
  held: 'success',
  planned: 'processing',
  overdue: 'warning',
  cancelled: 'default',
  missing: 'error',
};

export function StandingTag({ standing }: { standing: KeyDayStanding }) {
  const t = useT();
  return <Tag color={STANDING_COLORS[standing]}>{t(`events.standing.${standing}`)}</Tag>;
}

/** An event's days, dd/mm/yyyy, one date when it lasts one day. */
export function formatDays(startsOn: string, endsOn: string): string {
  return startsOn === endsOn
    ? formatIsoDate(startsOn)
    : `${formatIsoDate(startsOn)} – ${formatIsoDate(endsOn)}`;
}
