import { EditOutlined, HomeOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Flex,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { tasksApi } from '../../api/endpoints.ts';
import type { AssignmentDetail, Occurrence, TaskHistoryItem } from '../../api/types.ts';
import { isMessageKey, useT } from '../../i18n/i18n.tsx';
import { occurrenceColumns, roleColumn, stateCountsColumn } from '../../shared/columns.tsx';
import { formatDate, formatDateTime } from '../../shared/format.ts';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { RoleTag, StateCountTags } from '../../shared/states.tsx';
import { useResource } from '../../shared/useResource.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { ProgressModal } from './ProgressModal.tsx';

/** What a missing (or hidden) assignment shows, and the way back. */
const NOT_FOUND: NotFound = { title: 'assignment.notFound', to: '/my-tasks', back: 'nav.myTasks' };

function OccurrenceTable({
  occurrences,
  onEdit,
}: {
  occurrences: Occurrence[];
  onEdit?: ((occurrence: Occurrence) => void) | undefined;
}) {
  const t = useT();
  return (
    <Table<Occurrence>
      size="small"
      rowKey="id"
      dataSource={occurrences}
      pagination={false}
      scroll={{ x: 900 }}
      onRow={(row) =>
        ({ 'data-testid': 'occurrence-row', 'data-state': row.state }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        ...occurrenceColumns<Occurrence>(t, { period: 180, state: 190 }),
        {
          title: t('assignment.note'),
          dataIndex: 'note',
          render: (value: string | null) => (
            <Typography.Paragraph
              style={{ margin: 0, whiteSpace: 'pre-wrap' }}
              ellipsis={{ rows: 3, expandable: true }}
            >
              {value ?? ''}
            </Typography.Paragraph>
          ),
        },
        {
          title: t('assignment.evidence'),
          key: 'evidence',
          width: 220,
          render: (_v, row) => <EvidenceList evidence={row.evidence} />,
        },
        ...(onEdit
          ? [
              {
                key: 'edit',
                width: 120,
                fixed: 'right' as const,
                // A carried due date is recorded on the body's own task (see LinkedWork), not here.
                render: (_v: unknown, row: Occurrence) =>
                  row.carried ? (
                    <Tag data-testid="carried" style={{ whiteSpace: 'normal' }}>
                      {t('assignment.carried')}
                    </Tag>
                  ) : (
                    <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(row)}>
                      {t('assignment.update')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}

function Contributions({ detail }: { detail: AssignmentDetail }) {
  const t = useT();
  type Row = AssignmentDetail['contributions'][number];
  const counts = (row: Row) => {
    const result = { done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0 };
    for (const o of row.occurrences) result[o.state] += 1;
    return result;
  };
  return (
    <Card
      title={t('assignment.contributions')}
      size="small"
      style={{ marginTop: 16 }}
      styles={{ body: { padding: 0 } }}
    >
      <Table<Row>
        size="small"
        rowKey="assignmentId"
        dataSource={detail.contributions}
        pagination={clientPagination(10)}
        expandable={{
          expandedRowRender: (row) => <OccurrenceTable occurrences={row.occurrences} />,
          rowExpandable: (row) => row.occurrences.length > 0,
        }}
        columns={[
          {
            title: t('plan.body'),
            key: 'body',
            render: (_v, row) => <Link to={`/assignments/${row.assignmentId}`}>{row.body.name}</Link>,
          },
          roleColumn(t),
          stateCountsColumn(t, counts, 220),
        ]}
      />
    </Card>
  );
}

/**
 * Where the work is linked across plans: the task above this one carries (progress here counts
 * there), and the tasks of the body's own plan that carry this one (progress is recorded on them).
 */
function LinkedWork({ detail }: { detail: AssignmentDetail }) {
  const t = useT();
  const { carries, carriedBy } = detail;
  type Row = AssignmentDetail['carriedBy'][number];
  return (
    <>
      {carries && (
        <Notice
          type="info"
          data-testid="carries"
          message={
            <>
              {t('assignment.carries')}:{' '}
              <Link
                to={
                  carries.assignmentId ? `/assignments/${carries.assignmentId}` : `/plans/${carries.plan.id}`
                }
              >
                {carries.task.ref} {carries.task.title}
              </Link>{' '}
              ({carries.plan.number || carries.plan.title})
            </>
          }
          description={t('assignment.carriesHint')}
        />
      )}
      {carriedBy.length > 0 && (
        <Card
          title={t('assignment.carriedBy')}
          size="small"
          style={{ marginBottom: 16 }}
          styles={{ body: { padding: 0 } }}
          data-testid="carried-by"
        >
          <Alert type="info" banner message={t('assignment.carriedByHint')} />
          <Table<Row>
            size="small"
            rowKey="assignmentId"
            dataSource={carriedBy}
            pagination={false}
            columns={[
              {
                title: t('assignment.carriedTask'),
                key: 'task',
                render: (_v, row) => (
                  <Link to={`/assignments/${row.assignmentId}`}>
                    {row.task.ref} {row.task.title}
                  </Link>
                ),
              },
              {
                title: t('assignment.plan'),
                key: 'plan',
                width: 160,
                render: (_v, row) => (
                  <Link to={`/plans/${row.plan.id}`}>{row.plan.number || row.plan.title}</Link>
                ),
              },
              {
                title: t('assignment.carriedLead'),
                key: 'lead',
                width: 220,
                render: (_v, row) => row.lead.name,
              },
              {
                title: t('assignment.state'),
                key: 'state',
                width: 220,
                render: (_v, row) => (
                  <Flex gap={4} wrap>
                    <Tag color={row.done === row.total && row.total > 0 ? 'green' : undefined}>
                      {t('assignment.carriedDone', { done: row.done, total: row.total })}
                    </Tag>
                    {row.overdue > 0 && (
                      <Tag color="red">{t('assignment.carriedOverdue', { count: row.overdue })}</Tag>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      )}
    </>
  );
}

function historyText(item: TaskHistoryItem, t: ReturnType<typeof useT>): string {
  const after = item.after ?? {};
  const parts: string[] = [];
  if (typeof after.completedOn === 'string')
    parts.push(t('history.completed', { date: formatDate(after.completedOn) }));
  else if (item.action === 'occurrence.progress' && after.completedOn === null)
    parts.push(t('history.reopened'));
  if (typeof after.note === 'string' && after.note) parts.push(`“${after.note}”`);
  if (typeof after.url === 'string') parts.push(after.url);
  const file = after.file as { name?: string } | null | undefined;
  if (file?.name) parts.push(file.name);
  if (typeof after.title === 'string' && item.action.startsWith('task.')) parts.push(after.title);
  return parts.join(' · ');
}

/** What happened to the task: amendments and progress, newest last. */
function History({ taskId }: { taskId: string }) {
  const t = useT();
  const [items, setItems] = useState<TaskHistoryItem[] | null>(null);
  useEffect(() => {
    let live = true;
    tasksApi
      .history(taskId)
      .then((r) => live && setItems(r.items))
      .catch(() => live && setItems([]));
    return () => {
      live = false;
    };
  }, [taskId]);
  if (!items || items.length === 0) return null;
  return (
    <Card title={t('assignment.history')} size="small" style={{ marginTop: 16 }}>
      <Timeline
        items={items.slice(-50).map((item) => {
          const key = `audit.action.${item.action}`;
          return {
            key: String(item.id),
            content: (
              <div>
                <Typography.Text strong>{isMessageKey(key) ? t(key) : item.action}</Typography.Text>
                <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                  {formatDateTime(item.at)}
                  {item.actor ? ` · ${item.actor.fullName}` : ''}
                  {item.body ? ` · ${item.body}` : ''}
                </Typography.Text>
                <div style={{ fontSize: 13 }}>{historyText(item, t)}</div>
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}

/** One body's part of a task: its occurrences, progress and evidence, and the other bodies' part. */
export default function AssignmentPage() {
  const t = useT();
  const { modal } = App.useApp();
  const { id = '' } = useParams();
  const [editing, setEditing] = useState<string | null>(null);
  const [historyKey, setHistoryKey] = useState(0);

  const fetchAssignment = useCallback(
    async (accept: (detail: AssignmentDetail) => void) => {
      accept(await tasksApi.assignment(id));
      setHistoryKey((k) => k + 1);
    },
    [id],
  );
  const stopEditing = useCallback(() => setEditing(null), []);
  const { resource, reload } = useResource(fetchAssignment, { onChange: stopEditing });

  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;

  const detail = resource.data;
  const { assignment, task, plan } = detail;
  const counts = { done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0 };
  for (const o of detail.occurrences) counts[o.state] += 1;
  const occurrence = detail.occurrences.find((o) => o.id === editing) ?? null;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          {
            title: (
              <Link to="/plans">
                <HomeOutlined /> {t('nav.plans')}
              </Link>
            ),
          },
          { title: <Link to={`/plans/${plan.id}`}>{plan.number || t('plans.noNumber')}</Link> },
          { title: task.ref },
        ]}
      />
      <PageTitle
        title={`${task.ref} ${task.title}`}
        sub={
          <Flex gap={8} align="center" wrap style={{ marginTop: 4 }}>
            <Typography.Text>{assignment.body.name}</Typography.Text>
            <RoleTag role={assignment.role} />
          </Flex>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('assignment.plan')} span="filled">
            <Link to={`/plans/${plan.id}`}>
              {plan.number ? `${plan.number} — ` : ''}
              {plan.title}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('review.timeframe')}>
            {task.timeframe?.text ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('assignment.writtenAs')}>{assignment.writtenAs}</Descriptions.Item>
          <Descriptions.Item label={t('plan.states')} span="filled">
            <StateCountTags counts={counts} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <LinkedWork detail={detail} />
      <Card
        title={t('assignment.occurrences')}
        size="small"
        styles={{ body: { padding: 0 } }}
        extra={
          !assignment.canUpdate && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('assignment.readOnly')}
            </Typography.Text>
          )
        }
      >
        <OccurrenceTable
          occurrences={detail.occurrences}
          onEdit={assignment.canUpdate ? (o) => setEditing(o.id) : undefined}
        />
      </Card>
      {detail.contributions.length > 0 && <Contributions detail={detail} />}
      <History key={historyKey} taskId={task.id} />
      <ProgressModal
        occurrence={occurrence}
        today={detail.today}
        onClose={() => setEditing(null)}
        onChanged={() => void reload()}
        onStale={(text) => {
          setEditing(null);
          modal.warning({ title: t('assignment.stale'), content: text });
          void reload();
        }}
      />
    </>
  );
}
