import { Card, Flex, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { tasksApi } from '../../api/endpoints.ts';
import type { OverdueItem } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BodyFilter, FilterBar } from '../../shared/filters.tsx';
import { formatDate, formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { RoleTag } from '../../shared/states.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { rowOpensAssignment, taskColumn } from './columns.tsx';

const LIMIT = 500;

/** Open occurrences past their due date, oldest first, for a body and below. */
export default function OverduePage() {
  const t = useT();
  const navigate = useNavigate();
  const [bodyId, setBodyId] = useState<string | undefined>(undefined);
  const fetchOverdue = useCallback(() => tasksApi.overdue({ bodyId, limit: LIMIT }), [bodyId]);
  const { data, loading, error } = useFetched(fetchOverdue);

  return (
    <>
      <PageTitle
        title={t('overdue.title')}
        sub={
          data && (
            <Typography.Text type="secondary">
              {data.total > data.items.length
                ? t('overdue.showing', {
                    shown: formatNumber(data.items.length),
                    total: formatNumber(data.total),
                  })
                : t('common.total', { count: formatNumber(data.total) })}
            </Typography.Text>
          )
        }
      />
      <Card>
        <FilterBar>
          <BodyFilter label={t('plan.filterBody')} value={bodyId} onChange={setBodyId} width={420} />
        </FilterBar>
        <ListTable<OverdueItem>
          testId="overdue-table"
          rowKey="occurrenceId"
          rows={data?.items}
          loading={loading}
          error={error}
          empty={t('overdue.empty')}
          scroll={{ x: 900 }}
          pagination={clientPagination(20)}
          onRow={rowOpensAssignment(navigate)}
          columns={[
            {
              title: t('assignment.due'),
              key: 'due',
              width: 170,
              render: (_v, row) => (
                <>
                  {formatDate(row.dueOn)}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.label}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            {
              title: t('overdue.daysLate'),
              dataIndex: 'daysLate',
              width: 110,
              align: 'right',
              render: (value: number) => (
                <Typography.Text type="danger">{formatNumber(value)}</Typography.Text>
              ),
            },
            {
              title: t('plan.body'),
              key: 'body',
              width: 240,
              render: (_v, row) => (
                <Flex gap={4} wrap>
                  {row.body.name} <RoleTag role={row.role} />
                </Flex>
              ),
            },
            taskColumn(t),
            {
              title: t('myTasks.plan'),
              key: 'plan',
              width: 140,
              render: (_v, row) => (
                <Link to={`/plans/${row.plan.id}`} onClick={(e) => e.stopPropagation()}>
                  {row.plan.number || t('plans.noNumber')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
