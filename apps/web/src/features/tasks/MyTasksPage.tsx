import { FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { tasksApi } from '../../api/endpoints.ts';
import type { MyTask, OccurrenceState } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { roleColumn } from '../../shared/columns.tsx';
import { FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatDate } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination, showTotal } from '../../shared/pagination.ts';
import { fold } from '../../shared/searchRank.ts';
import { StateTag, stateOptions } from '../../shared/states.tsx';
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
      <PageTitle
        title={t('myTasks.title')}
        extra={
          // The other half of a focal point's day: its body's report for the period being collected.
          <Link to="/reports">
            <Button icon={<FileTextOutlined />}>{t('reports.myReport')}</Button>
          </Link>
        }
      />
      <Card>
        <FilterBar>
          <SearchFilter label={t('myTasks.filter')} value={query} onChange={setQuery} />
          <SelectFilter
            label={t('plan.filterState')}
            value={state}
            onChange={setState}
            width={260}
            options={[
              ...stateOptions(t, ['in_progress', 'overdue']),
              { value: 'done', label: t('myTasks.allDone') },
            ]}
          />
        </FilterBar>
        <ListTable<MyTask>
          testId="my-tasks"
          rowKey="assignmentId"
          rows={shown}
          loading={items === null}
          error={error}
          empty={t('myTasks.empty')}
          scroll={{ x: 1000 }}
          pagination={clientPagination(20, { showTotal: showTotal(t) })}
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
            roleColumn(t),
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
