import { ReadOutlined } from '@ant-design/icons';
import { formatIsoDate, vietnamToday } from '@lantoa/domain/rules';
import { Button, Card, Descriptions } from 'antd';
import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { countColumn } from '../../shared/columns.tsx';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { useResource } from '../../shared/useResource.ts';
import { type LibraryPushDetail, outputsApi, type PushBody } from './api.ts';
import { formatInstant, PushStateTag } from './labels.tsx';
import { pushBodiesInOrder } from './output-forms.ts';
import { PushProgress } from './PushesPage.tsx';

const NOT_FOUND: NotFound = {
  title: 'outputs.push.notFound',
  to: '/outputs/pushes',
  back: 'outputs.push.back',
};

/**
 * One library item sent down: when and by whom, and body by body whether it was published (those
 * still to publish first) and how many outputs each recorded for it, as reports show completeness.
 */
export default function PushPage() {
  const t = useT();
  const { id = '' } = useParams();
  const fetchPush = useCallback(
    async (accept: (push: LibraryPushDetail) => void) => accept(await outputsApi.pushDetail(id)),
    [id],
  );
  const { resource } = useResource(fetchPush);
  const rows = useMemo(
    () => (resource.state === 'ok' ? pushBodiesInOrder(resource.data.bodies) : undefined),
    [resource],
  );
  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;
  const push = resource.data;
  const late = push.dueOn < vietnamToday();

  return (
    <>
      <PageTitle
        title={push.item.title}
        subtitle={t('outputs.push.sub', { from: push.from.name, target: push.target.name })}
        extra={
          <Link to={`/library/${push.item.id}`}>
            <Button icon={<ReadOutlined />}>{t('outputs.push.openItem')}</Button>
          </Link>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          items={[
            { key: 'sent', label: t('outputs.pushes.sentOn'), children: formatInstant(push.createdAt) },
            { key: 'due', label: t('outputs.pushes.dueOn'), children: formatIsoDate(push.dueOn) },
            {
              key: 'progress',
              label: t('outputs.pushes.progress'),
              children: <PushProgress done={push.done} total={push.total} />,
            },
            ...(push.note ? [{ key: 'note', label: t('outputs.push.note'), children: push.note }] : []),
          ]}
        />
      </Card>
      <Card title={t('outputs.push.bodies')}>
        <ListTable<PushBody>
          testId="push-bodies"
          rowKey={(row) => row.body.id}
          rows={rows}
          empty={t('outputs.push.noBodies')}
          pagination={clientPagination(50)}
          columns={[
            { title: t('outputs.col.body'), key: 'body', render: (_v, row) => row.body.name },
            {
              title: t('outputs.push.state'),
              key: 'state',
              width: 240,
              render: (_v, row) => <PushStateTag doneAt={row.doneAt} late={late} />,
            },
            countColumn(t('outputs.push.outputs'), 'outputs', (row) => row.outputs, 160),
          ]}
        />
      </Card>
    </>
  );
}
