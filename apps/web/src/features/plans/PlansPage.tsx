import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { plansApi } from '../../api/endpoints.ts';
import type { PlanListItem } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { FilterBar, SearchFilter } from '../../shared/filters.tsx';
import { formatNumber, formatPartialDate, formatYears } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { fold } from '../../shared/searchRank.ts';
import { useList } from '../../shared/useList.ts';
import { UploadPlanModal } from './UploadPlanModal.tsx';

const listPlans = async () => (await plansApi.list()).items;

export default function PlansPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { items: plans, error } = useList(listPlans);
  const [query, setQuery] = useState('');
  const [uploading, setUploading] = useState(false);

  const shown = useMemo(() => {
    const q = fold(query);
    if (!plans || !q) return plans ?? [];
    return plans.filter((p) => fold(`${p.number ?? ''} ${p.title} ${p.body.name}`).includes(q));
  }, [plans, query]);

  return (
    <>
      <PageTitle
        title={t('plans.title')}
        extra={
          me.abilities.managePlans && (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading(true)}>
              {t('plans.import')}
            </Button>
          )
        }
      />
      <Card>
        <FilterBar>
          <SearchFilter label={t('plans.filter')} value={query} onChange={setQuery} />
        </FilterBar>
        <ListTable<PlanListItem>
          testId="plans-table"
          rows={shown}
          loading={plans === null}
          error={error}
          empty={t('plans.empty')}
          pagination={clientPagination(20)}
          onRow={rowOpens((row) => navigate(`/plans/${row.id}`))}
          columns={[
            {
              title: t('plans.number'),
              dataIndex: 'number',
              width: 150,
              render: (_v, row) => (
                <RowLink to={`/plans/${row.id}`}>{row.number || t('plans.noNumber')}</RowLink>
              ),
            },
            {
              title: t('plans.planTitle'),
              dataIndex: 'title',
              render: (_v, row) => (
                <>
                  <Typography.Text>{row.title}</Typography.Text>
                  {row.issuedOn && (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('plans.issuedOn', { date: formatPartialDate(row.issuedOn) })}
                        {row.version > 1 ? ` · ${t('plans.versionN', { n: row.version })}` : ''}
                      </Typography.Text>
                    </div>
                  )}
                </>
              ),
            },
            { title: t('plans.issuingBody'), key: 'body', width: 220, render: (_v, row) => row.body.name },
            {
              title: t('plans.years'),
              key: 'years',
              width: 120,
              render: (_v, row) => formatYears(row.startYear, row.endYear),
            },
            {
              title: t('plans.tasks'),
              dataIndex: 'taskCount',
              width: 110,
              align: 'right',
              render: (value: number) => formatNumber(value),
            },
          ]}
        />
      </Card>
      <UploadPlanModal open={uploading} onClose={() => setUploading(false)} />
    </>
  );
}
