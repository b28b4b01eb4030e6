import { Card, Flex, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { tasksApi } from '../../api/endpoints.ts';
import type { OverdueItem } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { formatDate, formatNumber } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { RoleTag } from '../../shared/states.tsx';
import { rowOpensAssignment, taskColumn } from './columns.tsx';

const LIMIT = 500;

/** Open occurrences past their due date, oldest first, for a body and below. */
export default function OverduePage() {
  const t = useT();
  const navigate = useNavigate();
  const [bodyId, setBodyId] = useState<string | undefined>(undefined);
  const [data, setData] = useState<{ total: number; items: OverdueItem[] } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await tasksApi.overdue({ bodyId, limit: LIMIT }));
      setError(null);
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setLoading(false);
    }
  }, [bodyId, t]);

  useEffect(() => {
    void load();
  }, [load]);

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
        <Flex gap={12} style={{ marginBottom: 16 }}>
          <BodySelect
            ariaLabel={t('plan.filterBody')}
            placeholder={t('plan.filterBody')}
            value={bodyId}
            onChange={setBodyId}
            allowClear
            style={{ maxWidth: 420 }}
          />
        </Flex>
        <ErrorAlert error={error} />
        <Table<OverdueItem>
          data-testid="overdue-table"
          rowKey="occurrenceId"
          size="middle"
          loading={loading}
          dataSource={data?.items ?? []}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('overdue.empty') }}
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
