import { Alert, Card, DatePicker, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { auditApi, usersApi } from '../../api/endpoints.ts';
import type { AuditEntry } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { isMessageKey, useT } from '../../i18n/i18n.tsx';
import { BodyFilter, FilterBar } from '../../shared/filters.tsx';
import { DATE_FORMAT, formatDateTime } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { AuditDiff } from './AuditDiff.tsx';

const PAGE_SIZE = 25;

interface Filters {
  bodyId?: string | undefined;
  userId?: string | undefined;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Picks a person by name; needs the right to list accounts, otherwise it stays empty. */
function UserSelect({ value, onChange }: { value?: string; onChange: (id: string | undefined) => void }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    let live = true;
    usersApi
      .list({ q, page: 1, pageSize: 20 })
      .then(
        (r) =>
          live && setOptions(r.items.map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }))),
      )
      .catch(() => live && setOptions([]));
    return () => {
      live = false;
    };
  }, [q]);
  return (
    <Select
      allowClear
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('audit.filterUser')}
      style={{ width: 260 }}
    />
  );
}

export default function AuditPage() {
  const t = useT();
  const me = useMe();
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({}, PAGE_SIZE);
  const { bodyId, userId, range } = filters;
  const from = range?.[0]?.format('YYYY-MM-DD');
  const to = range?.[1]?.format('YYYY-MM-DD');

  const fetchEntries = useCallback(
    () => auditApi.list({ bodyId, userId, from, to, page, pageSize }),
    [bodyId, userId, from, to, page, pageSize],
  );
  const entries = useFetched(fetchEntries);

  const label = (prefix: 'audit.action.' | 'audit.entity.', value: string) => {
    const key = `${prefix}${value}`;
    return isMessageKey(key) ? t(key) : value;
  };

  if (!me.abilities.readAudit) return <Alert type="warning" showIcon title={t('bodies.notFound')} />;

  return (
    <>
      <PageTitle title={t('audit.title')} />
      <Card>
        <FilterBar>
          <BodyFilter
            label={t('audit.filterBody')}
            value={bodyId}
            onChange={(id) => setFilter('bodyId', id)}
            width={300}
          />
          {me.abilities.manageUsers && (
            <UserSelect value={userId} onChange={(id) => setFilter('userId', id)} />
          )}
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            value={range}
            allowEmpty={[true, true]}
            placeholder={[t('audit.from'), t('audit.to')]}
            onChange={(next) => setFilter('range', next)}
          />
        </FilterBar>
        <ListTable<AuditEntry>
          testId="audit-table"
          list={entries}
          empty={t('audit.empty')}
          scroll={{ x: 900 }}
          expandable={{
            expandedRowRender: (entry) => <AuditDiff entry={entry} />,
            rowExpandable: (entry) => Boolean(entry.before || entry.after),
          }}
          pagination={pagination(entries.data?.total)}
          columns={[
            { title: t('audit.at'), dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
            {
              title: t('audit.actor'),
              key: 'actor',
              render: (_v, row) =>
                row.actor ? (
                  <span>
                    {row.actor.fullName}{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      ({row.actor.username})
                    </Typography.Text>
                  </span>
                ) : (
                  <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
                ),
            },
            {
              title: t('audit.body'),
              key: 'body',
              render: (_v, row) =>
                row.body ? <Link to={`/bodies/${row.body.id}`}>{row.body.name}</Link> : '',
            },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              render: (action: string) => label('audit.action.', action),
            },
            {
              title: t('audit.entity'),
              key: 'entity',
              render: (_v, row) => label('audit.entity.', row.entityType),
            },
          ]}
        />
      </Card>
    </>
  );
}
