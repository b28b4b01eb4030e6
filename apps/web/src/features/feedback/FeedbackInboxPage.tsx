import { FEEDBACK_VIEWS, type FeedbackAge, type FeedbackView } from '@lantoa/domain/constants';
import { Card, Segmented, Tag, Typography } from 'antd';
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
import { type FeedbackSummary, feedbackApi } from './api.ts';
import { DueText, StatusTag, useFeedbackLabels } from './labels.tsx';

interface Filters {
  view: FeedbackView;
  age?: FeedbackAge | undefined;
  query: string;
}

/**
 * "Phản ánh, kiến nghị": the inbox of the sites the reader coordinates and of the items routed to
 * their bodies, one tab at a time (new, being handled, overdue, answered, published, not taken in,
 * each with how many it holds), by age and searched by receipt code or words.
 */
export default function FeedbackInboxPage() {
  const t = useT();
  const navigate = useNavigate();
  const labels = useFeedbackLabels();
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({
    view: 'new',
    query: '',
  });
  const q = useDebounced(filters.query.trim(), 300);
  const { view, age } = filters;
  const fetchItems = useCallback(
    () => feedbackApi.list({ view, age, q: q || undefined, page, pageSize }),
    [view, age, q, page, pageSize],
  );
  const items = useFetched(fetchItems);
  const counts = items.data?.counts;
  const counted = (label: string, n: number | undefined) =>
    n === undefined ? label : `${label} (${formatNumber(n)})`;

  return (
    <>
      <PageTitle title={t('feedback.list.title')} subtitle={t('feedback.list.subtitle')} />
      <Card>
        <Segmented<FeedbackView>
          block
          style={{ marginBottom: 16 }}
          value={view}
          onChange={(value) => setFilter('view', value)}
          options={FEEDBACK_VIEWS.map((v) => ({
            value: v,
            label: counted(labels.viewName(v), counts?.[v]),
          }))}
          data-testid="feedback-views"
        />
        <FilterBar>
          <SelectFilter<FeedbackAge>
            label={t('feedback.filter.age')}
            value={age}
            onChange={(value) => setFilter('age', value)}
            options={labels.ageOptions}
            width={200}
          />
          <SearchFilter
            label={t('feedback.filter.search')}
            value={filters.query}
            onChange={(text) => setFilter('query', text)}
            width={320}
          />
        </FilterBar>
        <ListTable<FeedbackSummary>
          testId="feedback-table"
          list={items}
          empty={t('feedback.list.empty')}
          pagination={pagination(items.data?.total)}
          onRow={rowOpens((row) => navigate(`/feedback/${row.id}`))}
          columns={[
            {
              title: t('feedback.col.item'),
              key: 'item',
              render: (_v, row) => (
                <>
                  <RowLink to={`/feedback/${row.id}`}>{row.code}</RowLink>
                  <div>{row.excerpt}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {labels.topicName(row.topic)}
                    {row.hasPhoto ? ` · ${t('feedback.col.withPhoto')}` : ''}
                    {` · ${row.site.name}`}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('feedback.col.handler'),
              key: 'handler',
              width: 200,
              render: (_v, row) => row.handler?.name ?? t('feedback.notRouted'),
            },
            {
              title: t('feedback.col.status'),
              key: 'status',
              width: 190,
              render: (_v, row) => (
                <>
                  <StatusTag status={row.status} overdue={row.overdue} />
                  {row.status === 'routed' && (
                    <div>
                      <DueText dueOn={row.dueOn} overdue={row.overdue} />
                    </div>
                  )}
                </>
              ),
            },
            {
              title: t('feedback.col.age'),
              key: 'age',
              width: 170,
              render: (_v, row) => (
                <>
                  <Tag color={row.ageDays > 30 ? 'red' : row.ageDays >= 7 ? 'orange' : 'default'}>
                    {t('feedback.ageDays', { n: formatNumber(row.ageDays) })}
                  </Tag>
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
