import { PlusOutlined } from '@ant-design/icons';
import type { HonourForm, NominationStatus } from '@lantoa/domain/constants';
import { formatIsoDate, vietnamToday } from '@lantoa/domain/rules';
import { Button, Card, Flex, Statistic, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodyFilter, FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { useReadableBodies } from '../training/labels.tsx';
import { honoursApi, type NominationSummary } from './api.ts';
import { nominationYears } from './evidence.ts';
import { formLabel, formOptions, nomineeLine, StatusTag, statusOptions } from './labels.tsx';
import { NominateModal } from './NominateModal.tsx';

type Tab = 'to_decide' | 'mine' | 'honoured' | 'all';
const TABS: readonly Tab[] = ['to_decide', 'mine', 'honoured', 'all'];

interface Filters {
  query: string;
  year?: number | undefined;
  status?: NominationStatus | undefined;
  form?: HonourForm | undefined;
  bodyId?: string | undefined;
}

/**
 * Honours: the nominations waiting for the person's decision, their body's own, those honoured and
 * all they see, by year, with the counts by status, filters and the search; the nominate dialog.
 */
export default function NominationsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const decides = me.abilities.decideHonours === true;
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && TABS.includes(asked) ? asked : decides ? 'to_decide' : 'mine';
  const years = useMemo(() => nominationYears(vietnamToday()), []);
  const bodies = useReadableBodies();
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({
    query: '',
    year: years[0],
  });
  const q = useDebounced(filters.query.trim(), 300);
  const { year, status, form, bodyId } = filters;
  const fetchList = useCallback(
    () =>
      honoursApi.list({
        view: tab === 'honoured' ? 'all' : tab,
        status: tab === 'honoured' ? 'approved' : status,
        year,
        form,
        bodyId,
        q: q || undefined,
        page,
        pageSize,
      }),
    [tab, status, year, form, bodyId, q, page, pageSize],
  );
  const list = useFetched(fetchList);
  const [nominating, setNominating] = useState(false);
  const counts = list.data?.counts;

  return (
    <>
      <PageTitle
        title={t('honours.list.title')}
        subtitle={t('honours.list.subtitle')}
        extra={
          me.abilities.nominateHonours && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setNominating(true)}
              data-testid="nominate-open"
            >
              {t('honours.list.nominate')}
            </Button>
          )
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={TABS.filter((key) => key !== 'to_decide' || decides).map((key) => ({
          key,
          label: t(
            key === 'to_decide'
              ? 'honours.tab.toDecide'
              : key === 'mine'
                ? 'honours.tab.mine'
                : key === 'honoured'
                  ? 'honours.tab.honoured'
                  : 'honours.tab.all',
          ),
        }))}
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={32} wrap data-testid="honour-counts">
          <Statistic title={t('honours.count.submitted')} value={formatNumber(counts?.submitted ?? 0)} />
          <Statistic title={t('honours.count.approved')} value={formatNumber(counts?.approved ?? 0)} />
          <Statistic title={t('honours.count.rejected')} value={formatNumber(counts?.rejected ?? 0)} />
        </Flex>
      </Card>
      <Card>
        <FilterBar>
          <SelectFilter<number>
            label={t('honours.filter.year')}
            value={year}
            onChange={(value) => setFilter('year', value)}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            width={110}
          />
          {tab !== 'honoured' && tab !== 'to_decide' && (
            <SelectFilter<NominationStatus>
              label={t('honours.filter.status')}
              value={status}
              onChange={(value) => setFilter('status', value)}
              options={statusOptions(t)}
              width={200}
            />
          )}
          <SelectFilter<HonourForm>
            label={t('honours.filter.form')}
            value={form}
            onChange={(value) => setFilter('form', value)}
            options={formOptions(t)}
            width={230}
          />
          <BodyFilter
            label={t('honours.filter.body')}
            value={bodyId}
            initial={bodies}
            onChange={(value) => setFilter('bodyId', value)}
            width={240}
          />
          <SearchFilter
            label={t('honours.filter.search')}
            value={filters.query}
            onChange={(text) => setFilter('query', text)}
            width={320}
          />
        </FilterBar>
        <ListTable<NominationSummary>
          testId="nominations-table"
          list={list}
          empty={t('honours.list.empty')}
          pagination={pagination(list.data?.total)}
          onRow={rowOpens((row) => navigate(`/honours/${row.id}`))}
          columns={[
            {
              title: t('honours.field.nominee'),
              key: 'nominee',
              render: (_v, row) => (
                <>
                  <RowLink to={`/honours/${row.id}`}>{nomineeLine(row)}</RowLink>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('honours.field.nominating')}: {row.nominatingBody.name}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            { title: t('honours.filter.year'), key: 'year', width: 80, render: (_v, row) => row.year },
            {
              title: t('honours.field.form'),
              key: 'form',
              width: 200,
              render: (_v, row) => formLabel(t, row.form),
            },
            {
              title: t('honours.field.status'),
              key: 'status',
              width: 190,
              render: (_v, row) => <StatusTag status={row.status} />,
            },
            {
              title: t('honours.field.decision'),
              key: 'decision',
              width: 220,
              render: (_v, row) =>
                row.decisionNo
                  ? `${row.decisionNo}${row.decidedOn ? ` · ${formatIsoDate(row.decidedOn)}` : ''}`
                  : t('honours.nomination.none'),
            },
          ]}
        />
      </Card>
      {nominating && (
        <NominateModal
          onClose={() => setNominating(false)}
          onSaved={(saved) => void navigate(`/honours/${saved.id}`)}
        />
      )}
    </>
  );
}
