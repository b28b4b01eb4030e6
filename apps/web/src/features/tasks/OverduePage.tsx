import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { saveFile } from '../../api/client.ts';
import { plansApi } from '../../api/endpoints.ts';
import type { OverdueItem } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { BodyFilter, FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatDate, formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { RowLink } from '../../shared/rowLinks.tsx';
import { RoleTag } from '../../shared/states.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { type OverdueFilter, overdueApi } from './api.ts';
import { rowOpensAssignment, taskColumn } from './columns.tsx';

/** How late a row must be, in days, for the "how late" filter. */
const LATENESS = [7, 30, 90, 180] as const;

interface Filters {
  bodyId?: string | undefined;
  planId?: string | undefined;
  query: string;
  role?: 'lead' | 'partner' | undefined;
  minDaysLate?: number | undefined;
}

const listPlans = async () => (await plansApi.list()).items;

/**
 * Open occurrences past their due date, oldest first, paged by the server to the end of the list,
 * filtered by body, plan, task, role and lateness; the whole filtered list downloads as .xlsx.
 */
export default function OverduePage() {
  const t = useT();
  const navigate = useNavigate();
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({ query: '' });
  const q = useDebounced(filters.query.trim(), 300);
  const { bodyId, planId, role, minDaysLate } = filters;
  const filter = useMemo<OverdueFilter>(
    () => ({ bodyId, planId, q: q || undefined, role, minDaysLate }),
    [bodyId, planId, q, role, minDaysLate],
  );
  const fetchOverdue = useCallback(() => overdueApi.page(filter, page, pageSize), [filter, page, pageSize]);
  const overdue = useFetched(fetchOverdue);
  const { data: plans } = useFetched(listPlans);
  const { saving: downloading, error: downloadError, setError: setDownloadError, run } = useSubmit();
  const download = () => run(async () => saveFile(await overdueApi.workbook(filter), 'qua-han.xlsx'));

  return (
    <>
      <PageTitle
        title={t('overdue.title')}
        subtitle={overdue.data && t('common.total', { count: formatNumber(overdue.data.total) })}
        extra={
          <Button
            icon={<FileExcelOutlined />}
            loading={downloading}
            disabled={overdue.data?.total === 0}
            onClick={() => void download()}
            data-testid="overdue-download"
          >
            {t('overdue.download')}
          </Button>
        }
      />
      <ErrorAlert error={downloadError} onClose={() => setDownloadError(null)} testId="download-error" />
      <Card>
        <FilterBar>
          <BodyFilter
            label={t('plan.filterBody')}
            value={filters.bodyId}
            onChange={(value) => setFilter('bodyId', value)}
            width={320}
          />
          <SelectFilter<string>
            label={t('overdue.filterPlan')}
            value={filters.planId}
            onChange={(value) => setFilter('planId', value)}
            width={260}
            showSearch
            options={(plans ?? []).map((p) => ({
              value: p.id,
              label: p.number ? `${p.number} · ${p.title}` : p.title,
            }))}
          />
          <SearchFilter
            label={t('overdue.filterTask')}
            value={filters.query}
            onChange={(value) => setFilter('query', value)}
            width={300}
          />
          <SelectFilter<'lead' | 'partner'>
            label={t('plan.role')}
            placeholder={t('overdue.anyRole')}
            value={filters.role}
            onChange={(value) => setFilter('role', value)}
            width={200}
            options={[
              { value: 'lead', label: t('plans.role.lead') },
              { value: 'partner', label: t('plans.role.partner') },
            ]}
          />
          <SelectFilter<number>
            label={t('overdue.filterLateness')}
            value={filters.minDaysLate}
            onChange={(value) => setFilter('minDaysLate', value)}
            width={190}
            options={LATENESS.map((days) => ({ value: days, label: t('overdue.lateAtLeast', { days }) }))}
          />
        </FilterBar>
        <ListTable<OverdueItem>
          testId="overdue-table"
          rowKey="occurrenceId"
          list={overdue}
          empty={t('overdue.empty')}
          scroll={{ x: 900 }}
          pagination={pagination(overdue.data?.total)}
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
                <RowLink to={`/plans/${row.plan.id}`}>{row.plan.number || t('plans.noNumber')}</RowLink>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
