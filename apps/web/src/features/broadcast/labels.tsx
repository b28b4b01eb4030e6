import { BULLETIN_PRIORITIES } from '@lantoa/domain/constants';
import { Tag } from 'antd';
import type { Translate } from '../../i18n/i18n.tsx';
import type { AudioStatus, Priority } from './api.ts';

const PRIORITY_COLOURS: Record<Priority, string> = {
  normal: 'default',
  priority: 'orange',
  emergency: 'red',
};

export function PriorityTag({ priority, t }: { priority: Priority; t: Translate }) {
  return (
    <Tag color={PRIORITY_COLOURS[priority]} data-testid="priority-tag">
      {t(`broadcast.priority.${priority}`)}
    </Tag>
  );
}

export const priorityOptions = (t: Translate) =>
  BULLETIN_PRIORITIES.map((value) => ({ value, label: t(`broadcast.priority.${value}`) }));

const AUDIO_COLOURS: Record<AudioStatus, string> = {
  none: 'default',
  queued: 'blue',
  running: 'processing',
  ready: 'green',
  failed: 'red',
};

export function AudioTag({ status, stale, t }: { status: AudioStatus; stale?: boolean; t: Translate }) {
  return (
    <Tag color={stale && status === 'ready' ? 'gold' : AUDIO_COLOURS[status]}>
      {t(`broadcast.audio.${status}`)}
    </Tag>
  );
}
