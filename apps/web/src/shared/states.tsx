import { OCCURRENCE_STATES } from '@lantoa/domain/constants';
import { Flex, Tag, Tooltip } from 'antd';
import type { OccurrenceState, StateCounts } from '../api/types.ts';
import { type Translate, useT } from '../i18n/i18n.tsx';
import { formatNumber } from './format.ts';

/** Colours of the four states: green done on time, gold done late, blue in progress, red overdue. */
export const STATE_COLORS: Record<OccurrenceState, string> = {
  done_on_time: 'green',
  done_late: 'gold',
  in_progress: 'blue',
  overdue: 'red',
};

/** The same colours as hex values, for borders and backgrounds outside tags. */
export const STATE_HEX: Record<OccurrenceState, string> = {
  done_on_time: '#389e0d',
  done_late: '#d48806',
  in_progress: '#1677ff',
  overdue: '#cf1322',
};

/** From the worst to the best, to colour a group by its worst member. */
const SEVERITY: OccurrenceState[] = ['overdue', 'done_late', 'in_progress', 'done_on_time'];

export function worstState(counts: StateCounts): OccurrenceState {
  return SEVERITY.find((state) => counts[state] > 0) ?? 'in_progress';
}

/** The states to choose from (all four unless told), named as their tags name them. */
export function stateOptions(t: Translate, states: readonly OccurrenceState[] = OCCURRENCE_STATES) {
  return states.map((value) => ({ value, label: t(`state.${value}`) }));
}

export function StateTag({ state }: { state: OccurrenceState }) {
  const t = useT();
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }} data-state={state}>
      {t(`state.${state}`)}
    </Tag>
  );
}

/** Small tags with the count of each state present (zeros left out), labelled on hover. */
export function StateCountTags({ counts, showZero = false }: { counts: StateCounts; showZero?: boolean }) {
  const t = useT();
  const present = OCCURRENCE_STATES.filter((state) => showZero || counts[state] > 0);
  if (present.length === 0) return <span style={{ color: '#999' }}>{t('common.none')}</span>;
  return (
    <Flex gap={4} wrap>
      {present.map((state) => (
        <Tooltip key={state} title={t(`state.${state}`)}>
          <Tag
            color={STATE_COLORS[state]}
            style={{ marginInlineEnd: 0, minWidth: 28, textAlign: 'center' }}
            aria-label={`${t(`state.${state}`)}: ${counts[state]}`}
          >
            {formatNumber(counts[state])}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}

export function RoleTag({ role }: { role: 'lead' | 'partner' }) {
  const t = useT();
  return (
    <Tag color={role === 'lead' ? 'magenta' : 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`plans.role.${role}`)}
    </Tag>
  );
}
