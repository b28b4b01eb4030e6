import { KeyOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { usersApi } from '../../api/endpoints.ts';
import type { User } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { FilterBar, SearchFilter } from '../../shared/filters.tsx';
import { formatDate } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { RoleTags } from '../../shared/labels.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { EditUserModal } from './EditUserModal.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { UserStatus } from './UserStatus.tsx';

export default function UsersPage() {
  const t = useT();
  const me = useMe();
  const { filters, setFilter, page, pageSize, pagination } = usePagedList({ query: '' });
  const q = useDebounced(filters.query.trim(), 300);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const fetchUsers = useCallback(() => usersApi.list({ q, page, pageSize }), [q, page, pageSize]);
  const users = useFetched(fetchUsers);

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
        <FilterBar>
          <SearchFilter
            label={t('users.filter')}
            value={filters.query}
            onChange={(text) => setFilter('query', text)}
          />
        </FilterBar>
        <ListTable<User>
          testId="users-table"
          list={users}
          scroll={{ x: 1100 }}
          pagination={pagination(users.data?.total)}
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
          void users.reload();
        }}
      />
      <EditUserModal
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void users.reload();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
