import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { formatDate } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { serverPagination } from '../../shared/pagination.ts';
import { useDebounced } from '../../shared/useDebounced.ts';
import { type Bulletin, broadcastApi, formatSeconds, type Priority } from './api.ts';
import { AudioTag, PriorityTag, priorityOptions } from './labels.tsx';

const PAGE_SIZE = 20;

/** The bulletins the person may see: their own body's and those sent to it from above. */
export default function BulletinsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [priority, setPriority] = useState<Priority | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: Bulletin[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const q = useDebounced(query.trim(), 300);

  useEffect(() => {
    let live = true;
    broadcastApi
      .bulletins({ q, priority, page, pageSize: PAGE_SIZE })
      .then((result) => {
        if (!live) return;
        setData(result);
        setError(null);
      })
      .catch((caught) => {
        if (!live) return;
        setError(errorText(caught, t));
        setData({ items: [], total: 0 });
      });
    return () => {
      live = false;
    };
  }, [q, priority, page, t]);

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
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            aria-label={t('broadcast.bulletins.search')}
            placeholder={t('broadcast.bulletins.search')}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(1);
            }}
            style={{ maxWidth: 420 }}
          />
          <Select<Priority>
            allowClear
            aria-label={t('broadcast.bulletins.filterPriority')}
            placeholder={t('broadcast.bulletins.filterPriority')}
            value={priority}
            onChange={(value) => {
              setPriority(value ?? undefined);
              setPage(1);
            }}
            options={priorityOptions(t)}
            style={{ width: 170 }}
          />
        </Flex>
        <ErrorAlert error={error} />
        <Table<Bulletin>
          data-testid="bulletins-table"
          rowKey="id"
          loading={data === null}
          dataSource={data?.items ?? []}
          pagination={serverPagination(
            { page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage },
            t,
          )}
          locale={{ emptyText: t('broadcast.bulletins.empty') }}
          onRow={(row) => ({
            onClick: () => navigate(`/broadcast/bulletins/${row.id}`),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              title: t('broadcast.bulletin.field.title'),
              key: 'title',
              render: (_v, row) => (
                <>
                  <Link to={`/broadcast/bulletins/${row.id}`} onClick={(event) => event.stopPropagation()}>
                    {row.title}
                  </Link>
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
