import { CheckSquareOutlined } from '@ant-design/icons';
import { formatIsoDate } from '@lantoa/domain/rules';
import { Button, Card, Progress } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { type LibraryPush, outputsApi } from './api.ts';
import { formatInstantDay } from './labels.tsx';
import { donePercent } from './output-forms.ts';

/** How far the bodies asked have got: a bar, and "done/total" beside it. */
export function PushProgress({ done, total }: { done: number; total: number }) {
  return (
    <Progress
      percent={donePercent(done, total)}
      format={() => `${formatNumber(done)}/${formatNumber(total)}`}
      status={total > 0 && done >= total ? 'success' : 'normal'}
      size="small"
      data-testid="push-progress"
    />
  );
}

/**
 * The library items the reader's bodies sent down to publish, or were sent, latest first: from whom,
 * to whose bodies, by when, and how many of the bodies asked have published them.
 */
export default function PushesPage() {
  const t = useT();
  const navigate = useNavigate();
  const pushes = useFetched(outputsApi.pushes);
  const open = (row: LibraryPush) => navigate(`/outputs/pushes/${row.id}`);

  return (
    <>
      <PageTitle
        title={t('outputs.pushes.title')}
        subtitle={t('outputs.pushes.subtitle')}
        extra={
          <Link to="/outputs/todo">
            <Button icon={<CheckSquareOutlined />}>{t('outputs.nav.todo')}</Button>
          </Link>
        }
      />
      <Card>
        <ListTable<LibraryPush>
          testId="pushes-table"
          list={pushes}
          empty={t('outputs.pushes.empty')}
          pagination={clientPagination(20)}
          onRow={rowOpens(open)}
          columns={[
            {
              title: t('outputs.pushes.item'),
              key: 'item',
              render: (_v, row) => <RowLink to={`/outputs/pushes/${row.id}`}>{row.item.title}</RowLink>,
            },
            { title: t('outputs.pushes.from'), key: 'from', width: 200, render: (_v, row) => row.from.name },
            {
              title: t('outputs.pushes.target'),
              key: 'target',
              width: 200,
              render: (_v, row) => row.target.name,
            },
            {
              title: t('outputs.pushes.sentOn'),
              key: 'sentOn',
              width: 110,
              render: (_v, row) => formatInstantDay(row.createdAt),
            },
            {
              title: t('outputs.pushes.dueOn'),
              key: 'dueOn',
              width: 110,
              render: (_v, row) => formatIsoDate(row.dueOn),
            },
            {
              title: t('outputs.pushes.progress'),
              key: 'progress',
              width: 200,
              render: (_v, row) => <PushProgress done={row.done} total={row.total} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
