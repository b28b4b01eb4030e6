import { FlagOutlined } from '@ant-design/icons';
import type {
  MisinformationAge,
  MisinformationStatus,
  MisinformationVerdict,
} from '@lantoa/domain/constants';
import { MISINFORMATION_STATUSES } from '@lantoa/domain/constants';
import { Button, Card, Segmented, Typography } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { formatInstant } from '../outputs/labels.tsx';
import { type MisinformationSummary, misinformationApi } from './api.ts';
import { AgeTag, StatusTag, useMisinformationLabels, VerdictTag } from './labels.tsx';

interface Filters {
  status?: MisinformationStatus | undefined;
  verdict?: MisinformationVerdict | undefined;
  age?: MisinformationAge | undefined;
  query: string;
}

/** "All" in the status switch. */
const ALL = 'all';

/**
 * "Tin sai sự thật": the cases the reader sees, newest first, switched by status (with how many of
 * each) and filtered by verdict and age; every body may report one from here.
 */
export default function MisinformationListPage() {
  const t = useT();
  const navigate = useNavigate();
  const labels = useMisinformationLabels();
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({ query: '' });
  const q = useDebounced(filters.query.trim(), 300);
  const { status, verdict, age } = filters;
  const fetchCases = useCallback(
    () => misinformationApi.list({ status, verdict, age, q: q || undefined, page, pageSize }),
    [status, verdict, age, q, page, pageSize],
  );
  const cases = useFetched(fetchCases);
  const counts = cases.data?.counts;
  const all = counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : undefined;
  const counted = (label: string, n: number | undefined) =>
    n === undefined ? label : `${label} (${formatNumber(n)})`;

  return (
    <>
      <PageTitle
        title={t('misinformation.list.title')}
        subtitle={t('misinformation.list.subtitle')}
        extra={
          <Button
            type="primary"
            icon={<FlagOutlined />}
            onClick={() => navigate('/misinformation/new')}
            data-testid="misinformation-report"
          >
            {t('misinformation.list.report')}
          </Button>
        }
      />
      <Card>
        <Segmented<string>
          block
          style={{ marginBottom: 16 }}
          value={status ?? ALL}
          onChange={(value) =>
            setFilter('status', value === ALL ? undefined : (value as MisinformationStatus))
          }
          options={[
            { value: ALL, label: counted(t('misinformation.list.all'), all) },
            ...MISINFORMATION_STATUSES.map((s) => ({
              value: s,
              label: counted(labels.statusName(s), counts?.[s]),
            })),
          ]}
          data-testid="misinformation-status"
        />
        <FilterBar>
          <SelectFilter<MisinformationVerdict>
            label={t('misinformation.filter.verdict')}
            value={verdict}
            onChange={(value) => setFilter('verdict', value)}
            options={labels.verdictOptions}
            width={240}
          />
          <SelectFilter<MisinformationAge>
            label={t('misinformation.filter.age')}
            value={age}
            onChange={(value) => setFilter('age', value)}
            options={labels.ageOptions}
            width={200}
          />
          <SearchFilter
            label={t('misinformation.filter.search')}
            value={filters.query}
            onChange={(text) => setFilter('query', text)}
            width={320}
          />
        </FilterBar>
        <ListTable<MisinformationSummary>
          testId="misinformation-table"
          list={cases}
          empty={t('misinformation.list.empty')}
          pagination={pagination(cases.data?.total)}
          onRow={rowOpens((row) => navigate(`/misinformation/${row.id}`))}
          columns={[
            {
              title: t('misinformation.col.report'),
              key: 'report',
              render: (_v, row) => (
                <>
                  <RowLink to={`/misinformation/${row.id}`}>{row.code}</RowLink>
                  <div>{row.excerpt}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {labels.placeName(row.seenWhere)}
                    {row.linkHost ? ` · ${row.linkHost}` : ''}
                    {row.hasScreenshot ? ` · ${t('misinformation.col.withScreenshot')}` : ''}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('misinformation.col.reporter'),
              key: 'reporter',
              width: 200,
              render: (_v, row) => row.reporter?.name ?? t('misinformation.publicReporter'),
            },
            {
              title: t('misinformation.col.handler'),
              key: 'handler',
              width: 200,
              render: (_v, row) => row.handler?.name ?? t('misinformation.notAssigned'),
            },
            {
              title: t('misinformation.col.status'),
              key: 'status',
              width: 150,
              render: (_v, row) => (
                <>
                  <StatusTag status={row.status} />
                  <VerdictTag verdict={row.verdict} />
                </>
              ),
            },
            {
              title: t('misinformation.col.age'),
              key: 'age',
              width: 170,
              render: (_v, row) => (
                <>
                  <AgeTag age={row.age} status={row.status} />
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatInstant(row.createdAt)}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
