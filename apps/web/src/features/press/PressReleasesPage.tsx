import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { countColumn } from '../../shared/columns.tsx';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { formatInstantDay } from '../outputs/labels.tsx';
import { type PressReleaseSummary, pressApi } from './api.ts';
import { ReleaseStatusTag } from './labels.tsx';

/**
 * The press releases of the person's bodies, newest first: drafts still to send, and for those sent
 * how many were written to and how many articles took them up.
 */
export default function PressReleasesPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const releases = useFetched(pressApi.releases);

  return (
    <>
      <PageTitle
        title={t('press.releases.title')}
        subtitle={t('press.releases.subtitle')}
        extra={
          me.abilities.communicate && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => navigate('/press/releases/new')}>
              {t('press.releases.new')}
            </Button>
          )
        }
      />
      <Card>
        <ListTable<PressReleaseSummary>
          testId="press-releases-table"
          list={releases}
          empty={t('press.releases.empty')}
          pagination={clientPagination(50)}
          onRow={rowOpens((row) => navigate(`/press/releases/${row.id}`))}
          columns={[
            {
              title: t('press.release.title'),
              key: 'title',
              render: (_v, row) => (
                <>
                  <RowLink to={`/press/releases/${row.id}`}>{row.title}</RowLink>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.body.name} · {formatInstantDay(row.createdAt)}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            {
              title: t('press.release.status'),
              key: 'status',
              width: 110,
              render: (_v, row) => <ReleaseStatusTag status={row.status} />,
            },
            {
              title: t('press.release.sentAt'),
              key: 'sentAt',
              width: 120,
              render: (_v, row) => (row.sentAt ? formatInstantDay(row.sentAt) : t('common.none')),
            },
            countColumn(t('press.release.recipients'), 'recipients', (row) => row.recipients, 120),
            countColumn(t('press.release.takenUp'), 'takenUp', (row) => row.takenUp, 150),
          ]}
        />
      </Card>
    </>
  );
}
