import type { TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import type { OccurrenceState, StateCounts } from '../api/types.ts';
import type { Translate } from '../i18n/i18n.tsx';
import { formatDate, formatNumber } from './format.ts';
import { RoleTag, StateCountTags, StateTag } from './states.tsx';

// Columns several tables share: the same heading, width and drawing wherever they stand.

/** The body a row is about, sorted by name as Vietnamese sorts it; `name` draws it (a link, most often). */
export function bodyColumn<Row extends { body: { name: string } }>(
  t: Translate,
  name: (row: Row) => ReactNode,
): TableColumnType<Row> {
  return {
    title: t('plan.body'),
    key: 'body',
    sorter: (a, b) => a.body.name.localeCompare(b.body.name, 'vi'),
    render: (_v, row) => name(row),
  };
}

/** A count, right-aligned and written with Vietnamese digit groups (1.234). */
export function countColumn<Row>(
  title: ReactNode,
  key: string,
  count: (row: Row) => number,
  width?: number,
): TableColumnType<Row> {
  return { title, key, width, align: 'right', render: (_v, row) => formatNumber(count(row)) };
}

/** Whether the body leads the task or takes part in it. */
export function roleColumn<Row extends { role: 'lead' | 'partner' }>(t: Translate): TableColumnType<Row> {
  return { title: t('plan.role'), key: 'role', width: 110, render: (_v, row) => <RoleTag role={row.role} /> };
}

/** How many of the row's occurrences are in each state. */
export function stateCountsColumn<Row>(
  t: Translate,
  counts: (row: Row) => StateCounts,
  width: number,
): TableColumnType<Row> {
  return {
    title: t('plan.states'),
    key: 'counts',
    width,
    render: (_v, row) => <StateCountTags counts={counts(row)} />,
  };
}

interface OccurrenceRow {
  label: string;
  dueOn: string;
  state: OccurrenceState;
  completedOn: string | null;
}

/**
 * One occurrence of a task: its period, due date, state and the day it was done. The assignment's
 * table and the report's list of tasks show them alike; each keeps its own widths.
 */
export function occurrenceColumns<Row extends OccurrenceRow>(
  t: Translate,
  widths: { period: number; state: number },
): TableColumnType<Row>[] {
  return [
    { title: t('assignment.period'), dataIndex: 'label', width: widths.period },
    { title: t('assignment.due'), key: 'due', width: 110, render: (_v, row) => formatDate(row.dueOn) },
    {
      title: t('assignment.state'),
      key: 'state',
      width: widths.state,
      render: (_v, row) => <StateTag state={row.state} />,
    },
    {
      title: t('assignment.completedOn'),
      key: 'completedOn',
      width: 130,
      render: (_v, row) => (row.completedOn ? formatDate(row.completedOn) : t('common.none')),
    },
  ];
}
