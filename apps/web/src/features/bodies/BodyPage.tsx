import { EditOutlined, HomeOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { bodiesApi, usersApi } from '../../api/endpoints.ts';
import type { Body, BodyDetail, User } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../shared/format.ts';
import { KindTag, RoleTags } from '../../shared/labels.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { rowOpens } from '../../shared/rowLinks.tsx';
import { useResource } from '../../shared/useResource.ts';
import { CreateUserModal } from '../users/CreateUserModal.tsx';
import { UserStatus } from '../users/UserStatus.tsx';
import { BodyFormModal } from './BodyFormModal.tsx';

/** What a missing (or hidden) body shows, and the way back. */
const NOT_FOUND: NotFound = {
  title: 'bodies.notFound',
  hint: 'bodies.notFoundHint',
  testId: 'body-not-found',
  to: '/bodies',
  back: 'bodies.backToTree',
};

type Dialog = 'edit' | 'addChild' | 'createUser' | null;

function TagList({ values }: { values: string[] }) {
  const t = useT();
  if (values.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Space size={[0, 4]} wrap>
      {values.map((value) => (
        <Tag key={value}>{value}</Tag>
      ))}
    </Space>
  );
}

export default function BodyPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [children, setChildren] = useState<Body[] | null>(null);
  const [users, setUsers] = useState<User[] | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  const fetchBody = useCallback(
    async (accept: (detail: BodyDetail) => void) => {
      const detail = await bodiesApi.get(id);
      accept(detail);
      const [kids, accounts] = await Promise.all([
        detail.body.childCount > 0 ? bodiesApi.children(id).then((r) => r.items) : Promise.resolve([]),
        detail.abilities.manageUsers
          ? usersApi.list({ bodyId: id, page: 1, pageSize: 100 }).then((r) => r.items)
          : Promise.resolve(null),
      ]);
      setChildren(kids);
      setUsers(accounts);
    },
    [id],
  );
  const forget = useCallback(() => {
    setChildren(null);
    setUsers(null);
    setDialog(null);
  }, []);
  const { resource, reload } = useResource(fetchBody, { onChange: forget });

  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;

  const { body, ancestors, abilities } = resource.data;
  const parent = ancestors.at(-1);

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          {
            title: (
              <Link to="/bodies" aria-label={t('nav.bodies')}>
                <HomeOutlined />
              </Link>
            ),
          },
          ...ancestors.map((a) => ({ title: <Link to={`/bodies/${a.id}`}>{a.name}</Link> })),
          { title: body.name },
        ]}
      />
      <PageTitle
        title={body.name}
        sub={<KindTag kind={body.kind} />}
        extra={
          <>
            {abilities.update && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                {t('bodies.edit')}
              </Button>
            )}
            {abilities.createChild && (
              <Button icon={<PlusOutlined />} onClick={() => setDialog('addChild')}>
                {t('bodies.addChild')}
              </Button>
            )}
            {abilities.manageUsers && (
              <Button type="primary" icon={<UserAddOutlined />} onClick={() => setDialog('createUser')}>
                {t('bodies.createAccount')}
              </Button>
            )}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('bodies.name')}>{body.name}</Descriptions.Item>
          <Descriptions.Item label={t('bodies.kind')}>{t(`kind.${body.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('bodies.code')}>{body.code ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('bodies.parent')}>
            {parent ? <Link to={`/bodies/${parent.id}`}>{parent.name}</Link> : t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('bodies.shortNames')}>
            <TagList values={body.shortNames} />
          </Descriptions.Item>
          <Descriptions.Item label={t('bodies.aliases')}>
            <TagList values={body.aliases} />
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card
        title={`${t('bodies.children')} (${formatNumber(body.childCount)})`}
        style={{ marginBottom: 16 }}
        styles={{ body: { padding: body.childCount ? 0 : undefined } }}
      >
        {body.childCount === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bodies.noChildren')} />
        ) : (
          <Table<Body>
            rowKey="id"
            size="small"
            loading={children === null}
            dataSource={children ?? []}
            pagination={clientPagination(20)}
            onRow={rowOpens((row) => navigate(`/bodies/${row.id}`))}
            columns={[
              {
                title: t('bodies.name'),
                dataIndex: 'name',
                render: (_v, row) => <Link to={`/bodies/${row.id}`}>{row.name}</Link>,
              },
              {
                title: t('bodies.kind'),
                dataIndex: 'kind',
                width: 220,
                render: (_v, row) => <KindTag kind={row.kind} />,
              },
              { title: t('bodies.code'), dataIndex: 'code', width: 100 },
              {
                title: t('bodies.children'),
                dataIndex: 'childCount',
                width: 140,
                align: 'right',
                render: (value: number) => formatNumber(value),
              },
            ]}
          />
        )}
      </Card>

      {abilities.manageUsers && (
        <Card title={t('bodies.accounts')} styles={{ body: { padding: 0 } }}>
          <Table<User>
            rowKey="id"
            size="small"
            data-testid="body-accounts"
            loading={users === null}
            dataSource={users ?? []}
            pagination={false}
            locale={{ emptyText: t('bodies.noAccounts') }}
            columns={[
              { title: t('users.username'), dataIndex: 'username' },
              { title: t('users.fullName'), dataIndex: 'fullName' },
              { title: t('users.roles'), key: 'roles', render: (_v, row) => <RoleTags roles={row.roles} /> },
              { title: t('users.status'), key: 'status', render: (_v, row) => <UserStatus user={row} /> },
            ]}
          />
        </Card>
      )}

      <BodyFormModal
        mode="edit"
        body={body}
        open={dialog === 'edit'}
        onClose={() => setDialog(null)}
        onStale={() => void reload()}
        onSaved={() => {
          setDialog(null);
          void reload();
        }}
      />
      <BodyFormModal
        mode="create"
        parent={body}
        open={dialog === 'addChild'}
        onClose={() => setDialog(null)}
        onSaved={() => {
          setDialog(null);
          void reload();
        }}
      />
      {abilities.manageUsers && (
        <CreateUserModal
          open={dialog === 'createUser'}
          body={body}
          onClose={() => setDialog(null)}
          onCreated={() => {
            setDialog(null);
            void reload();
          }}
        />
      )}
    </>
  );
}
