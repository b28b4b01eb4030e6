import { CheckOutlined } from '@ant-design/icons';
import { formatIsoDate } from '@lantoa/domain/rules';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { outputsApi, type PushTodo } from './api.ts';
import { PushStateTag } from './labels.tsx';
import { todosInOrder } from './output-forms.ts';
import { PushDoneModal } from './PushDoneModal.tsx';

/**
 * What the reader's bodies are asked to publish (library items sent down from above): still to do
 * first, the overdue in red; "Published" records where, which fills the register.
 */
export default function PushTodoPage() {
  const t = useT();
  const me = useMe();
  const canTick = me.abilities.communicate === true;
  const { data, loading, error, reload } = useFetched(outputsApi.todos);
  const rows = useMemo(() => (data ? todosInOrder(data.items) : undefined), [data]);
  const [ticking, setTicking] = useState<PushTodo | null>(null);

  return (
    <>
      <PageTitle title={t('outputs.todo.title')} subtitle={t('outputs.todo.subtitle')} />
      <Card>
        <ListTable<PushTodo>
          testId="push-todos"
          rowKey={(row) => `${row.push.id}:${row.body.id}`}
          rows={rows}
          loading={loading}
          error={error}
          empty={t('outputs.todo.empty')}
          pagination={clientPagination(20)}
          columns={[
            {
              title: t('outputs.pushes.item'),
              key: 'item',
              render: (_v, row) => (
                <Flex vertical gap={2} align="flex-start">
                  <Link to={`/library/${row.push.item.id}`}>{row.push.item.title}</Link>
                  {row.push.note && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.push.note}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            { title: t('outputs.todo.body'), key: 'body', width: 200, render: (_v, row) => row.body.name },
            {
              title: t('outputs.pushes.from'),
              key: 'from',
              width: 200,
              render: (_v, row) => row.push.from.name,
            },
            {
              title: t('outputs.pushes.dueOn'),
              key: 'dueOn',
              width: 130,
              render: (_v, row) =>
                row.overdue && !row.doneAt ? (
                  <Flex vertical gap={2} align="flex-start">
                    <Typography.Text type="danger">{formatIsoDate(row.push.dueOn)}</Typography.Text>
                    <Tag color="red" data-testid="todo-overdue">
                      {t('outputs.push.overdue')}
                    </Tag>
                  </Flex>
                ) : (
                  formatIsoDate(row.push.dueOn)
                ),
            },
            {
              title: t('outputs.push.state'),
              key: 'state',
              width: 220,
              render: (_v, row) =>
                canTick && !row.doneAt ? (
                  <Button
                    type="primary"
                    icon={<CheckOutlined />}
                    onClick={() => setTicking(row)}
                    data-testid="todo-done"
                  >
                    {t('outputs.todo.done')}
                  </Button>
                ) : (
                  // Lateness is said once, in the due date's column.
                  <PushStateTag doneAt={row.doneAt} late={false} />
                ),
            },
          ]}
        />
      </Card>
      {ticking && (
        <PushDoneModal
          key={`${ticking.push.id}:${ticking.body.id}`}
          todo={ticking}
          onClose={() => setTicking(null)}
          onDone={() => void reload()}
        />
      )}
    </>
  );
}
