import { PlusOutlined, TableOutlined } from '@ant-design/icons';
import { type EstimateStatus, formatDong } from '@lantoa/domain/constants';
import { Button, Card, Flex, Segmented, Statistic, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { type BudgetEstimateSummary, type BudgetView, budgetApi } from './api.ts';
import { EstimateFormModal } from './EstimateFormModal.tsx';
import { defaultView, viewsFor } from './estimate-form.ts';
import { StatusTag, useBudgetLabels } from './labels.tsx';

interface Filters {
  query: string;
  year?: number | undefined;
  status?: EstimateStatus | undefined;
}

const VIEW_KEYS = {
  mine: 'budget.view.mine',
  consolidate: 'budget.view.consolidate',
  appraise: 'budget.view.appraise',
  all: 'budget.view.all',
} as const;

/** The statuses whose count a view leads with: what waits for the reader. */
const WAITING: Record<BudgetView, EstimateStatus> = {
  mine: 'draft',
  consolidate: 'submitted',
  appraise: 'consolidated',
  all: 'submitted',
};

/**
 * The budget's estimates as the reader works on them: its body's own, those it consolidates (the
 * issuer's side) or appraises (the finance department), or all it reads; filtered by year, status and
 * body name, counted by status; a new estimate for the reader's body; the consolidated tables.
 */
export default function BudgetPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const labels = useBudgetLabels();
  const [params, setParams] = useSearchParams();
  const views = viewsFor(me.user.body);
  const asked = params.get('view') as BudgetView | null;
  const view: BudgetView = asked && views.includes(asked) ? asked : defaultView(me.user.body);
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({ query: '' });
  const q = useDebounced(filters.query.trim(), 300);
  const { year, status } = filters;
  const fetchList = useCallback(
    () => budgetApi.list({ view, year, status, q: q || undefined, page, pageSize }),
    [view, year, status, q, page, pageSize],
  );
  const list = useFetched(fetchList);
  const [adding, setAdding] = useState(false);
  const thisYear = new Date().getFullYear();
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({
    value: y,
    label: String(y),
  }));

  return (
    <>
      <PageTitle
        title={t('budget.list.title')}
        subtitle={t('budget.list.subtitle')}
        extra={
          <>
            <Button
              icon={<TableOutlined />}
              onClick={() => void navigate('/budget/tables')}
              data-testid="budget-tables-open"
            >
              {t('budget.list.tables')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="budget-add"
            >
              {t('budget.list.add')}
            </Button>
          </>
        }
      />
      <Segmented<BudgetView>
        value={view}
        onChange={(next) => setParams(next === defaultView(me.user.body) ? {} : { view: next })}
        options={views.map((v) => ({ value: v, label: t(VIEW_KEYS[v]) }))}
        style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
        data-testid="budget-views"
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={32} wrap data-testid="budget-counts">
          {(['draft', 'submitted', 'consolidated', 'appraised', 'allocated'] as const)
            .filter((s) => view === 'mine' || view === 'all' || s !== 'draft')
            .map((s) => (
              <Statistic
                key={s}
                title={labels.statusName(s)}
                value={formatNumber(list.data?.counts[s] ?? 0)}
                valueStyle={s === WAITING[view] ? { color: '#1677ff', fontWeight: 600 } : undefined}
              />
            ))}
        </Flex>
      </Card>
      <Card>
        <FilterBar>
          <SelectFilter<number>
            label={t('budget.filter.year')}
            value={year}
            onChange={(value) => setFilter('year', value)}
            options={years}
            width={110}
          />
          <SelectFilter<EstimateStatus>
            label={t('budget.filter.status')}
            value={status}
            onChange={(value) => setFilter('status', value)}
            options={labels.statusOptions}
            width={180}
          />
          <SearchFilter
            label={t('budget.filter.search')}
            value={filters.query}
            onChange={(text) => setFilter('query', text)}
            width={300}
          />
        </FilterBar>
        <ListTable<BudgetEstimateSummary>
          testId="budget-estimates-table"
          list={list}
          empty={t('budget.list.empty')}
          pagination={pagination(list.data?.total)}
          onRow={rowOpens((row) => navigate(`/budget/estimates/${row.id}`))}
          scroll={{ x: 1000 }}
          columns={[
            {
              title: t('budget.column.body'),
              key: 'body',
              render: (_v, row) => (
                <>
                  <RowLink to={`/budget/estimates/${row.id}`}>{row.body.name}</RowLink>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.plan.number ?? row.plan.title}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            { title: t('budget.column.year'), key: 'year', width: 80, render: (_v, row) => row.year },
            {
              title: t('budget.column.status'),
              key: 'status',
              width: 150,
              render: (_v, row) => <StatusTag status={row.status} />,
            },
            ...(['estimated', 'approved', 'allocated', 'spent'] as const).map((sum) => ({
              title: t(`budget.sum.${sum}`),
              key: sum,
              width: 150,
              align: 'right' as const,
              render: (_v: unknown, row: BudgetEstimateSummary) => formatDong(row.sums[sum]),
            })),
          ]}
        />
      </Card>
      {adding && (
        <EstimateFormModal
          estimate={null}
          bodyId={me.user.body.id}
          onClose={() => setAdding(false)}
          onSaved={(saved) => void navigate(`/budget/estimates/${saved.id}`)}
        />
      )}
    </>
  );
}
