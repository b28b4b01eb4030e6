import { EditOutlined, FilePdfOutlined, FileWordOutlined, HomeOutlined } from '@ant-design/icons';
import { OCCURRENCE_STATES } from '@lantoa/domain/constants';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Row,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { saveFile } from '../../api/client.ts';
import { plansApi } from '../../api/endpoints.ts';
import type { AssignmentSummary, PlanDetail } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { bodyColumn, roleColumn, stateCountsColumn } from '../../shared/columns.tsx';
import { errorText } from '../../shared/errors.ts';
import { FullPageSpin } from '../../shared/FullPageSpin.tsx';
import { BodyFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatDate, formatNumber, formatPartialDate, formatYears } from '../../shared/format.ts';
import { formatTargetValue } from '../../shared/labels.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { STATE_HEX, stateOptions } from '../../shared/states.tsx';
import { useResource } from '../../shared/useResource.ts';
import { ChildDraftButton } from './ChildDraftButton.tsx';
import { UploadPlanModal } from './UploadPlanModal.tsx';

/** What a missing (or hidden) plan shows, and the way back. */
const NOT_FOUND: NotFound = { title: 'plan.notFound', to: '/plans', back: 'plans.backToList' };

const CascadeTab = lazy(() => import('./CascadeTab.tsx'));
const ConformanceTab = lazy(() => import('./ConformanceTab.tsx'));
const IndicatorsTab = lazy(() => import('./IndicatorsTab.tsx'));

/**
 * The plan at a glance, by task and by body (not by due date: a monthly task would count twelve
 * times): for each state, how many of the tasks have work in it, how many bodies, and under them the
 * due dates; above, the tasks with overdue work and the bodies that are late.
 */
function StateCards({ detail }: { detail: PlanDetail }) {
  const t = useT();
  const { tasks, bodies } = detail.work;
  const late = tasks.counts.overdue > 0;
  return (
    <>
      <Typography.Paragraph data-testid="late-summary" type={late ? 'danger' : 'secondary'} strong={late}>
        {late
          ? t('plan.lateSummary', {
              tasks: formatNumber(tasks.counts.overdue),
              totalTasks: formatNumber(tasks.total),
              bodies: formatNumber(bodies.counts.overdue),
              totalBodies: formatNumber(bodies.total),
            })
          : t('plan.noneLate', { totalTasks: formatNumber(tasks.total) })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {OCCURRENCE_STATES.map((state) => (
          <Col xs={12} lg={6} key={state}>
            <Card
              size="small"
              style={{ borderTop: `3px solid ${STATE_HEX[state]}`, height: '100%' }}
              data-testid={`count-${state}`}
            >
              <Statistic
                title={t(`state.${state}`)}
                value={tasks.counts[state]}
                formatter={(value) => formatNumber(Number(value))}
                suffix={
                  <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                    {t('plan.ofTasks', { total: formatNumber(tasks.total) })}
                  </Typography.Text>
                }
                styles={{ content: { color: STATE_HEX[state] } }}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('plan.bodiesAndDueDates', {
                  bodies: formatNumber(bodies.counts[state]),
                  totalBodies: formatNumber(bodies.total),
                  occurrences: formatNumber(detail.counts[state]),
                })}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}

const byRoleThenName = (a: AssignmentSummary, b: AssignmentSummary) =>
  a.role === b.role ? a.body.name.localeCompare(b.body.name, 'vi') : a.role === 'lead' ? -1 : 1;

function TasksTab({ detail }: { detail: PlanDetail }) {
  const t = useT();
  if (detail.tasks.length === 0) return <Empty description={t('plan.noTasks')} />;
  return (
    <Flex vertical gap={12}>
      {detail.tasks.map((task) => (
        <Card
          key={task.id}
          size="small"
          data-testid="plan-task"
          title={
            <Flex gap={8} align="baseline" style={{ whiteSpace: 'normal' }}>
              <Typography.Text strong>{task.ref}</Typography.Text>
              <Typography.Text>{task.title}</Typography.Text>
            </Flex>
          }
          extra={
            task.timeframe?.text && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {task.timeframe.text}
              </Typography.Text>
            )
          }
          styles={{ body: { padding: 0 } }}
        >
          <Table<AssignmentSummary>
            size="small"
            rowKey="id"
            dataSource={[...task.assignments].sort(byRoleThenName)}
            pagination={clientPagination(10, { size: 'small' })}
            locale={{ emptyText: t('plan.noAssignments') }}
            columns={[
              {
                title: t('plan.body'),
                key: 'body',
                render: (_v, row) => (
                  <Link to={`/assignments/${row.id}`} data-testid="assignment-link">
                    {row.body.name}
                  </Link>
                ),
              },
              roleColumn(t),
              stateCountsColumn(t, (row) => row.counts, 200),
              {
                title: t('plan.nextDue'),
                key: 'nextDue',
                width: 120,
                render: (_v, row) => (row.nextDue ? formatDate(row.nextDue) : t('common.none')),
              },
            ]}
          />
          {task.coordination.length > 0 && (
            <Flex gap={4} wrap align="center" style={{ padding: '8px 12px' }} data-testid="task-from-above">
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('plans.fromAbove')}:
              </Typography.Text>
              {task.coordination.map((c) => (
                <Tag key={`${c.role}|${c.writtenAs}`} color="gold" style={{ whiteSpace: 'normal' }}>
                  {c.writtenAs}
                </Tag>
              ))}
            </Flex>
          )}
        </Card>
      ))}
    </Flex>
  );
}

function BodiesTab({ detail, onPick }: { detail: PlanDetail; onPick: (bodyId: string) => void }) {
  const t = useT();
  type Row = PlanDetail['bodies'][number];
  return (
    <Table<Row>
      size="small"
      rowKey={(row) => row.body.id}
      dataSource={detail.bodies}
      pagination={clientPagination(20)}
      columns={[
        bodyColumn(t, (row) => (
          <Typography.Link onClick={() => onPick(row.body.id)}>{row.body.name}</Typography.Link>
        )),
        ...OCCURRENCE_STATES.map((state) => ({
          title: <span style={{ color: STATE_HEX[state] }}>{t(`state.${state}`)}</span>,
          key: state,
          width: 130,
          align: 'right' as const,
          sorter: (a: Row, b: Row) => a.counts[state] - b.counts[state],
          // Who is late comes first: the coordinator lands on this tab to see it.
          ...(state === 'overdue' ? { defaultSortOrder: 'descend' as const } : {}),
          render: (_v: unknown, row: Row) => formatNumber(row.counts[state]),
        })),
      ]}
    />
  );
}

/** The plan as the official document of a Kế hoạch, to sign or to start one's own plan from. */
function PlanDocumentButtons({ planId }: { planId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'docx' | 'pdf' | null>(null);
  const download = async (format: 'docx' | 'pdf') => {
    setBusy(format);
    try {
      saveFile(await plansApi.document(planId, format), `ke-hoach.${format}`);
    } catch (caught) {
      // A server without LibreOffice says so and offers the .docx.
      void message.error(errorText(caught, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Button
        icon={<FileWordOutlined />}
        loading={busy === 'docx'}
        disabled={busy === 'pdf'}
        onClick={() => void download('docx')}
      >
        {t('plan.documentDocx')}
      </Button>
      <Button
        icon={<FilePdfOutlined />}
        loading={busy === 'pdf'}
        disabled={busy === 'docx'}
        onClick={() => void download('pdf')}
      >
        {t('plan.documentPdf')}
      </Button>
    </>
  );
}

function TargetsTab({ detail }: { detail: PlanDetail }) {
  const t = useT();
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={detail.targets}
      pagination={false}
      locale={{ emptyText: t('plan.noTargets') }}
      columns={[
        { title: t('review.year'), dataIndex: 'year', width: 80 },
        {
          title: t('review.value'),
          key: 'value',
          width: 110,
          render: (_v, row) => formatTargetValue(row, row.unit),
        },
        { title: t('review.targetText'), dataIndex: 'text' },
      ]}
    />
  );
}

/** A published plan: progress per state, tasks and assignments, bodies, targets, conformance. */
export default function PlanPage() {
  const t = useT();
  const me = useMe();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const bodyId = params.get('bodyId') ?? undefined;
  const stateParam = params.get('state');
  const state = OCCURRENCE_STATES.find((s) => s === stateParam);
  const tab = params.get('tab') ?? 'tasks';
  const [amending, setAmending] = useState(false);
  const [refreshing, setRefreshing] = useState(false);

  const setParam = useCallback(
    (key: string, value: string | undefined) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const fetchPlan = useCallback(
    async (accept: (detail: PlanDetail) => void) => {
      setRefreshing(true);
      try {
        accept(await plansApi.get(id, { bodyId, state }));
      } finally {
        setRefreshing(false);
      }
    },
    [id, bodyId, state],
  );
  const { resource, reload } = useResource(fetchPlan, { spinner: 'once' });

  const loaded = resource.state === 'ok' ? resource.data : null;
  const bodyInitial = useMemo(() => loaded?.bodies.map((b) => b.body) ?? [], [loaded]);

  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;

  const detail = resource.data;

  const { plan } = detail;
  const filtered = Boolean(bodyId || state);
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          {
            title: (
              <Link to="/plans" aria-label={t('nav.plans')}>
                <HomeOutlined /> {t('nav.plans')}
              </Link>
            ),
          },
          { title: plan.number || t('plans.noNumber') },
        ]}
      />
      <PageTitle
        title={plan.number ? `${t('plan.kindPlan')} ${plan.number}` : t('plan.kindPlan')}
        sub={
          <Typography.Paragraph style={{ maxWidth: 900, margin: '4px 0 0' }} data-testid="plan-title">
            {plan.title}
          </Typography.Paragraph>
        }
        extra={
          <>
            <PlanDocumentButtons planId={plan.id} />
            {me.abilities.managePlans && (
              // Whoever manages the plan drafts for any body below it; a body below (a commune's
              // focal point) drafts for its own subtree, the only part of it it reads.
              <ChildDraftButton planId={plan.id} within={detail.canManage ? plan.body.id : me.user.body.id} />
            )}
            {detail.canManage && (
              <Button icon={<EditOutlined />} onClick={() => setAmending(true)}>
                {t('plans.amend')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label={t('plans.issuingBody')}>{plan.body.name}</Descriptions.Item>
          <Descriptions.Item label={t('review.date')}>
            {formatPartialDate(plan.issuedOn) || t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.years')}>
            {formatYears(plan.startYear, plan.endYear) || t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('plan.version')}>{formatNumber(plan.version)}</Descriptions.Item>
          <Descriptions.Item label={t('plan.parent')} span="filled">
            {plan.parent ? (
              <Link to={`/plans/${plan.parent.id}`}>
                {plan.parent.number ? `${plan.parent.number} — ` : ''}
                {plan.parent.title}
              </Link>
            ) : (
              t('common.none')
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <StateCards detail={detail} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <Typography.Text type="secondary">{t('plan.filter')}</Typography.Text>
          <BodyFilter
            label={t('plan.filterBody')}
            value={bodyId}
            initial={bodyInitial}
            onChange={(value) => setParam('bodyId', value)}
            width={340}
          />
          <SelectFilter
            label={t('plan.filterState')}
            value={state}
            onChange={(value) => setParam('state', value)}
            options={stateOptions(t)}
            width={260}
          />
          {filtered && (
            <Button
              type="link"
              onClick={() =>
                setParams(
                  (previous) => {
                    const next = new URLSearchParams(previous);
                    next.delete('bodyId');
                    next.delete('state');
                    return next;
                  },
                  { replace: true },
                )
              }
            >
              {t('plan.clearFilters')}
            </Button>
          )}
        </Flex>
      </Card>
      <Card size="small" loading={refreshing && !detail}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParam('tab', key === 'tasks' ? undefined : key)}
          items={[
            {
              key: 'tasks',
              label: `${t('plan.tabTasks')} (${formatNumber(detail.tasks.length)})`,
              children: <TasksTab detail={detail} />,
            },
            {
              key: 'bodies',
              label: `${t('plan.tabBodies')} (${formatNumber(detail.bodies.length)})`,
              children: (
                <BodiesTab
                  detail={detail}
                  onPick={(picked) =>
                    setParams(
                      (previous) => {
                        const next = new URLSearchParams(previous);
                        next.set('bodyId', picked);
                        next.delete('tab');
                        return next;
                      },
                      { replace: true },
                    )
                  }
                />
              ),
            },
            {
              key: 'targets',
              label: `${t('plan.tabTargets')} (${formatNumber(detail.targets.length)})`,
              children: <TargetsTab detail={detail} />,
            },
            {
              key: 'indicators',
              label: t('indicators.tab'),
              children: (
                <Suspense fallback={<FullPageSpin />}>
                  <IndicatorsTab planId={plan.id} />
                </Suspense>
              ),
            },
            {
              key: 'conformance',
              label: t('plan.tabConformance'),
              children: (
                <Suspense fallback={<FullPageSpin />}>
                  <ConformanceTab planId={plan.id} bodyId={plan.body.id} onLinked={() => void reload()} />
                </Suspense>
              ),
            },
            // A commune's plan has no body below it that must issue its own.
            ...(plan.body.kind === 'commune'
              ? []
              : [
                  {
                    key: 'cascade',
                    label: t('plan.tabCascade'),
                    children: (
                      <Suspense fallback={<FullPageSpin />}>
                        <CascadeTab planId={plan.id} />
                      </Suspense>
                    ),
                  },
                ]),
          ]}
        />
      </Card>
      <UploadPlanModal
        open={amending}
        onClose={() => setAmending(false)}
        amends={{ planId: plan.id, body: plan.body }}
      />
    </>
  );
}
