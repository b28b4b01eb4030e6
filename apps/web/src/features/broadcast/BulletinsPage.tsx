import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatDate } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { type Bulletin, broadcastApi, formatSeconds, type Priority } from './api.ts';
import { AudioTag, PriorityTag, priorityOptions } from './labels.tsx';

interface Filters {
  query: string;
  priority?: Priority | undefined;
}

/** The bulletins the person may see: their own body's and those sent to it from above. */
export default function BulletinsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({ query: '' });
  const q = useDebounced(filters.query.trim(), 300);
  const { priority } = filters;
  const fetchBulletins = useCallback(
    () => broadcastApi.bulletins({ q, priority, page, pageSize }),
    [q, priority, page, pageSize],
  );
  const bulletins = useFetched(fetchBulletins);

  return (
    <>
      <PageTitle
        title={t('broadcast.bulletins.title')}
        extra={
          me.abilities.broadcast && (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => navigate('/broadcast/bulletins/new')}
            >
              {t('broadcast.bulletins.new')}
            </Button>
          )
        }
      />
      <Card>
        <FilterBar>
          <SearchFilter
            label={t('broadcast.bulletins.search')}
            value={filters.query}
            onChange={(text) => setFilter('query', text)}
          />
          <SelectFilter
            label={t('broadcast.bulletins.filterPriority')}
            value={priority}
            onChange={(value) => setFilter('priority', value)}
            options={priorityOptions(t)}
            width={170}
          />
        </FilterBar>
        <ListTable<Bulletin>
          testId="bulletins-table"
          list={bulletins}
          empty={t('broadcast.bulletins.empty')}
          pagination={pagination(bulletins.data?.total)}
          onRow={rowOpens((row) => navigate(`/broadcast/bulletins/${row.id}`))}
          columns={[
            {
              title: t('broadcast.bulletin.field.title'),
              key: 'title',
              render: (_v, row) => (
                <>
                  <RowLink to={`/broadcast/bulletins/${row.id}`}>{row.title}</RowLink>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.body.name} · {formatDate(row.createdAt)}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            {
              title: t('broadcast.bulletin.field.priority'),
              key: 'priority',
              width: 130,
              render: (_v, row) => <PriorityTag priority={row.priority} t={t} />,
            },
            {
              title: t('broadcast.bulletin.field.target'),
              key: 'target',
              width: 220,
              render: (_v, row) => row.target.name,
            },
            {
              title: t('broadcast.bulletins.validity'),
              key: 'validity',
              width: 200,
              render: (_v, row) =>
                row.validUntil
                  ? t('broadcast.bulletins.fromTo', {
                      from: formatDate(row.validFrom),
                      until: formatDate(row.validUntil),
                    })
                  : t('broadcast.bulletins.from', { date: formatDate(row.validFrom) }),
            },
            {
              title: t('broadcast.bulletins.audio'),
              key: 'audio',
              width: 190,
              render: (_v, row) => (
                <>
                  <AudioTag status={row.audio.status} stale={row.audio.stale} t={t} />
                  {row.audio.status === 'ready' && row.audio.durationSeconds !== null && (
                    <Typography.Text type="secondary">
                      {formatSeconds(row.audio.durationSeconds)}
                    </Typography.Text>
                  )}
                </>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
