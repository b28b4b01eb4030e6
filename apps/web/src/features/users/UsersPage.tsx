import { KeyOutlined, SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { usersApi } from '../../api/endpoints.ts';
import type { User, UserPage } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { formatDate } from '../../shared/format.ts';
import { RoleTags } from '../../shared/labels.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { serverPagination } from '../../shared/pagination.ts';
import { useDebounced } from '../../shared/useDebounced.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { EditUserModal } from './EditUserModal.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { UserStatus } from './UserStatus.tsx';

const PAGE_SIZE = 20;

export default function UsersPage() {
  const t = useT();
  const me = useMe();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 300);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<UserPage | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await usersApi.list({ q, page, pageSize: PAGE_SIZE }));
      setError(null);
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setLoading(false);
    }
  }, [q, page, t]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!me.abilities.manageUsers) {
    return <Alert type="warning" showIcon title={t('bodies.notFound')} />;
  }

  return (
    <>
      <PageTitle
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        }
      />
      <Card>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('users.filter')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setPage(1);
          }}
          style={{ maxWidth: 420, marginBottom: 16 }}
        />
        <ErrorAlert error={error} />
        <Table<User>
          data-testid="users-table"
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={data?.items ?? []}
          scroll={{ x: 1100 }}
          pagination={serverPagination(
            { page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage },
            t,
          )}
          columns={[
            {
              title: t('users.username'),
              dataIndex: 'username',
              width: 170,
              render: (value: string) => <Typography.Text strong>{value}</Typography.Text>,
            },
            { title: t('users.fullName'), dataIndex: 'fullName' },
            {
              title: t('users.body'),
              key: 'body',
              render: (_v, row) => <Link to={`/bodies/${row.body.id}`}>{row.body.name}</Link>,
            },
            {
              title: t('users.roles'),
              key: 'roles',
              width: 260,
              render: (_v, row) => <RoleTags roles={row.roles} />,
            },
            {
              title: t('users.status'),
              key: 'status',
              width: 160,
              render: (_v, row) => <UserStatus user={row} />,
            },
            {
              title: t('users.createdAt'),
              dataIndex: 'createdAt',
              width: 110,
              render: (value: string) => formatDate(value),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 200,
              fixed: 'right',
              render: (_v, row) => (
                <Space size={4}>
                  <Button size="small" onClick={() => setEditing(row)}>
                    {t('common.edit')}
                  </Button>
                  {/* One's own password is changed with the current one (the change-password page). */}
                  {row.id !== me.user.id && (
                    <Button size="small" icon={<KeyOutlined />} onClick={() => setResetting(row)}>
                      {t('users.resetPassword')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          void load();
        }}
      />
      <EditUserModal
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void load();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
