import type { TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import type { StateCounts } from '../api/types.ts';
import type { Translate } from '../i18n/i18n.tsx';
import { RoleTag, StateCountTags } from './states.tsx';

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
