import { FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';
import type { MyTask } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { roleColumn } from '../../shared/columns.tsx';
import { FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatDate } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { RowLink } from '../../shared/rowLinks.tsx';
import { StateTag } from '../../shared/states.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { type MyTasksFilter, myTasksApi } from './api.ts';
import { rowOpensAssignment, taskColumn } from './columns.tsx';

interface Filters {
  query: string;
  state?: MyTasksFilter['state'];
}

/** The focal point's work list: assignments of its body and below, paged and filtered by the server. */
export default function MyTasksPage() {
  const t = useT();
  const navigate = useNavigate();
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({ query: '' });
  const q = useDebounced(filters.query.trim(), 300);
  const { state } = filters;
  const fetchMine = useCallback(
    () => myTasksApi.page({ q: q || undefined, state }, page, pageSize),
    [q, state, page, pageSize],
  );
  const tasks = useFetched(fetchMine);

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
          <SearchFilter
            label={t('myTasks.filter')}
            value={filters.query}
            onChange={(value) => setFilter('query', value)}
          />
          <SelectFilter<NonNullable<MyTasksFilter['state']>>
            label={t('plan.filterState')}
            value={state}
            onChange={(value) => setFilter('state', value)}
            width={260}
            options={[
              ...(['in_progress', 'overdue'] as const).map((value) => ({
                value,
                label: t(`state.${value}`),
              })),
              { value: 'done', label: t('myTasks.allDone') },
            ]}
          />
        </FilterBar>
        <ListTable<MyTask>
          testId="my-tasks"
          rowKey="assignmentId"
          list={tasks}
          empty={t('myTasks.empty')}
          scroll={{ x: 1000 }}
          pagination={pagination(tasks.data?.total)}
          onRow={rowOpensAssignment(navigate)}
          columns={[
            {
              title: t('myTasks.plan'),
              key: 'plan',
              width: 140,
              render: (_v, row) => (
                <RowLink to={`/plans/${row.plan.id}`} title={row.plan.title}>
                  {row.plan.number || t('plans.noNumber')}
                </RowLink>
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
