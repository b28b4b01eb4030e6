import { OCCURRENCE_STATES } from '@lantoa/domain/constants';
import { Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { tasksApi } from '../../api/endpoints.ts';
import type { MyTask, OccurrenceState } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { fold } from '../../shared/searchRank.ts';
import { RoleTag, StateTag } from '../../shared/states.tsx';
import { useList } from '../../shared/useList.ts';
import { rowOpensAssignment, taskColumn } from './columns.tsx';

const listMine = async () => (await tasksApi.mine()).items;

/** The focal point's work list: assignments of its body and below, the next due first. */
export default function MyTasksPage() {
  const t = useT();
  const navigate = useNavigate();
  const { items, error } = useList(listMine);
  const [query, setQuery] = useState('');
  const [state, setState] = useState<OccurrenceState | 'done' | undefined>(undefined);

  const shown = useMemo(() => {
    const q = fold(query);
    return (items ?? []).filter(
      (row) =>
        (!q ||
          fold(`${row.plan.number ?? ''} ${row.task.ref} ${row.task.title} ${row.body.name}`).includes(q)) &&
        (!state || (state === 'done' ? row.next === null : row.next?.state === state)),
    );
  }, [items, query, state]);

  return (
    <>
      <PageTitle title={t('myTasks.title')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            aria-label={t('myTasks.filter')}
            placeholder={t('myTasks.filter')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            style={{ maxWidth: 420 }}
          />
          <Select
            allowClear
            aria-label={t('plan.filterState')}
            placeholder={t('plan.filterState')}
            value={state}
            onChange={setState}
            style={{ width: 260 }}
            options={[
              ...OCCURRENCE_STATES.filter((s) => s === 'in_progress' || s === 'overdue').map((s) => ({
                value: s,
                label: t(`state.${s}`),
              })),
              { value: 'done', label: t('myTasks.allDone') },
            ]}
          />
        </Flex>
        <ErrorAlert error={error} />
        <Table<MyTask>
          data-testid="my-tasks"
          rowKey="assignmentId"
          size="middle"
          loading={items === null}
          dataSource={shown}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('myTasks.empty') }}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { count: formatNumber(total) }),
          }}
          onRow={rowOpensAssignment(navigate)}
          columns={[
            {
              title: t('myTasks.plan'),
              key: 'plan',
              width: 140,
              render: (_v, row) => (
                <Link
                  to={`/plans/${row.plan.id}`}
                  title={row.plan.title}
                  onClick={(e) => e.stopPropagation()}
                >
                  {row.plan.number || t('plans.noNumber')}
                </Link>
              ),
            },
            taskColumn(t),
            { title: t('plan.body'), key: 'body', width: 200, render: (_v, row) => row.body.name },
            {
              title: t('plan.role'),
              key: 'role',
              width: 100,
              render: (_v, row) => <RoleTag role={row.role} />,
            },
            {
              title: t('myTasks.next'),
              key: 'next',
              width: 250,
              render: (_v, row) =>
                row.next ? (
                  <Flex vertical gap={2} align="flex-start">
                    <span>
                      {formatDate(row.next.dueOn)}{' '}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {row.next.label}
                      </Typography.Text>
                    </span>
                    <StateTag state={row.next.state} />
                  </Flex>
                ) : (
                  <Tag color="green">{t('myTasks.allDone')}</Tag>
                ),
            },
            {
              title: t('myTasks.counts'),
              key: 'counts',
              width: 170,
              render: (_v, row) => (
                <Flex gap={4} wrap>
                  <Tag color="green" title={t('myTasks.done')}>
                    {t('myTasks.doneN', { n: row.done })}
                  </Tag>
                  <Tag color="blue" title={t('myTasks.open')}>
                    {t('myTasks.openN', { n: row.open })}
                  </Tag>
                  {row.overdue > 0 && (
                    <Tag color="red" title={t('myTasks.overdue')}>
                      {t('myTasks.overdueN', { n: row.overdue })}
                    </Tag>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
