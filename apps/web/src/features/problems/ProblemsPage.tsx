import { PlusOutlined } from '@ant-design/icons';
import type { ScienceProblemStatus } from '@lantoa/domain/constants';
import { formatIsoDate } from '@lantoa/domain/rules';
import { Button, Card, Typography } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useOptionsOf } from '../../shared/bilingualNames.ts';
import { countColumn } from '../../shared/columns.tsx';
import { FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { type ProblemSummary, problemsApi } from './api.ts';
import { ProblemStatusTag, problemStatusNames } from './labels.tsx';

interface Filters {
  query: string;
  status?: ScienceProblemStatus | undefined;
}

/**
 * The problems for scientists of the person's bodies (đặt hàng khoa học và công nghệ), newest first:
 * where each stands, its deadline and how many proposals answered it and how far their review went.
 */
export default function ProblemsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const statusOptions = useOptionsOf(problemStatusNames);
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({ query: '' });
  const q = useDebounced(filters.query.trim(), 300);
  const { status } = filters;
  const fetchProblems = useCallback(
    () => problemsApi.list({ q: q || undefined, status, page, pageSize }),
    [q, status, page, pageSize],
  );
  const problems = useFetched(fetchProblems);

  return (
    <>
      <PageTitle
        title={t('problems.list.title')}
        subtitle={t('problems.list.subtitle')}
        extra={
          me.abilities.communicate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/problems/new')}>
              {t('problems.list.new')}
            </Button>
          )
        }
      />
      <Card>
        <FilterBar>
          <SearchFilter
            label={t('problems.list.search')}
            value={filters.query}
            onChange={(text) => setFilter('query', text)}
            width={360}
          />
          <SelectFilter<ScienceProblemStatus>
            label={t('problems.field.status')}
            value={status}
            onChange={(value) => setFilter('status', value)}
            options={statusOptions}
            width={200}
          />
        </FilterBar>
        <ListTable<ProblemSummary>
          testId="problems-table"
          list={problems}
          empty={t('problems.list.empty')}
          pagination={pagination(problems.data?.total)}
          onRow={rowOpens((row) => navigate(`/problems/${row.id}`))}
          columns={[
            {
              title: t('problems.field.title'),
              key: 'title',
              render: (_v, row) => (
                <>
                  <RowLink to={`/problems/${row.id}`}>{row.title}</RowLink>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.holder} · {row.body.name}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            {
              title: t('problems.field.status'),
              key: 'status',
              width: 150,
              render: (_v, row) => (
                <>
                  <ProblemStatusTag status={row.status} />
                  {row.status === 'open' && !row.acceptsProposals && (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('problems.deadlinePassed')}
                      </Typography.Text>
                    </div>
                  )}
                </>
              ),
            },
            {
              title: t('problems.field.deadline'),
              key: 'deadline',
              width: 120,
              render: (_v, row) => formatIsoDate(row.deadline),
            },
            countColumn(t('problems.count.total'), 'total', (row) => row.proposalTotal, 100),
            countColumn(t('problems.count.received'), 'received', (row) => row.proposals.received ?? 0, 110),
            countColumn(
              t('problems.count.shortlisted'),
              'shortlisted',
              (row) => row.proposals.shortlisted ?? 0,
              130,
            ),
            countColumn(t('problems.count.selected'), 'selected', (row) => row.proposals.selected ?? 0, 120),
          ]}
        />
      </Card>
    </>
  );
}
