import {
  AuditOutlined,
  CheckOutlined,
  DollarOutlined,
  EditOutlined,
  FileDoneOutlined,
  RollbackOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { ESTIMATE_STATUSES, formatDong } from '@lantoa/domain/constants';
import { formatIsoDate, vietnamDateOf } from '@lantoa/domain/rules';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Statistic, Steps, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { errorText } from '../../shared/errors.ts';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { isStaleVersion } from '../../shared/staleVersion.ts';
import { useResource } from '../../shared/useResource.ts';
import { AppraiseModal } from './AppraiseModal.tsx';
import { type BudgetEstimate, type BudgetLine, budgetApi } from './api.ts';
import { EstimateFormModal } from './EstimateFormModal.tsx';
import { OutcomeTag, StatusTag, useBudgetLabels } from './labels.tsx';
import { AllocateModal, ReturnModal, SpendingModal } from './StepModals.tsx';

const NOT_FOUND: NotFound = {
  title: 'budget.estimate.notFound',
  to: '/budget',
  back: 'budget.estimate.back',
};

type Dialog = 'edit' | 'return' | 'appraise' | 'allocate' | 'spend' | null;

const dayOf = (iso: string) => formatIsoDate(vietnamDateOf(Date.parse(iso)));

/**
 * One estimate: its way (the steps with when and by whom), the reason it was returned, its sums, its
 * lines with their appraisal, allocation and spending, the payments; and the buttons of the steps the
 * reader may take now (the server says which): the body edits, submits and records spending, the
 * consolidating department consolidates, returns and records the allocation, the finance department
 * appraises every line or returns it.
 */
export default function EstimatePage() {
  const t = useT();
  const { message } = App.useApp();
  const labels = useBudgetLabels();
  const { id = '' } = useParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const fetchEstimate = useCallback(
    async (accept: (estimate: BudgetEstimate) => void) => accept(await budgetApi.get(id)),
    [id],
  );
  const { resource, accept, reload } = useResource(fetchEstimate, { spinner: 'once' });
  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;
  const estimate = resource.data;
  const { steps } = estimate;

  /** A step without a form (submit, consolidate): a refusal said, the estimate read again. */
  const move = async (send: () => Promise<BudgetEstimate>) => {
    setBusy(true);
    try {
      accept(await send());
      void message.success(t('budget.action.done'));
    } catch (caught) {
      void message.error(isStaleVersion(caught) ? t('budget.action.stale') : errorText(caught, t));
      await reload();
    } finally {
      setBusy(false);
    }
  };

  const current = ESTIMATE_STATUSES.indexOf(estimate.status);
  const mark = (m: { at: string; by: string | null } | null) =>
    m ? (m.by ? t('budget.estimate.by', { date: dayOf(m.at), name: m.by }) : dayOf(m.at)) : undefined;
  const stepTexts = {
    draft: dayOf(estimate.createdAt),
    submitted: estimate.submittedAt && current >= 1 ? dayOf(estimate.submittedAt) : undefined,
    consolidated: mark(estimate.consolidated),
    appraised: mark(estimate.appraised),
    allocated: mark(estimate.allocated),
  };

  const dialogProps = {
    estimate,
    onClose: () => setDialog(null),
    onSaved: accept,
    onStale: () => void reload(),
  };
  return (
    <>
      <PageTitle
        title={`${t('budget.estimate.title', { year: estimate.year })} · ${estimate.body.name}`}
        sub={
          <Flex gap={8} wrap align="center" style={{ marginTop: 4 }}>
            <Typography.Text type="secondary">
              {[estimate.plan.number, estimate.plan.title].filter(Boolean).join(' – ')}
            </Typography.Text>
            <StatusTag status={estimate.status} />
          </Flex>
        }
        extra={
          <>
            {steps.update && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="estimate-edit">
                {t('budget.action.edit')}
              </Button>
            )}
            {steps.submit && (
              <Popconfirm
                title={t('budget.action.submitConfirm')}
                okText={t('budget.action.submit')}
                cancelText={t('common.cancel')}
                onConfirm={() => move(() => budgetApi.submit(estimate.id, estimate.version))}
              >
                <Button type="primary" icon={<SendOutlined />} loading={busy} data-testid="estimate-submit">
                  {t('budget.action.submit')}
                </Button>
              </Popconfirm>
            )}
            {steps.consolidate && (
              <Popconfirm
                title={t('budget.action.consolidateConfirm')}
                okText={t('budget.action.consolidate')}
                cancelText={t('common.cancel')}
                onConfirm={() => move(() => budgetApi.consolidate(estimate.id, estimate.version))}
              >
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  loading={busy}
                  data-testid="estimate-consolidate"
                >
                  {t('budget.action.consolidate')}
                </Button>
              </Popconfirm>
            )}
            {steps.appraise && (
              <Button
                type="primary"
                icon={<AuditOutlined />}
                onClick={() => setDialog('appraise')}
                data-testid="estimate-appraise"
              >
                {t('budget.action.appraise')}
              </Button>
            )}
            {steps.allocate && (
              <Button
                type="primary"
                icon={<FileDoneOutlined />}
                onClick={() => setDialog('allocate')}
                data-testid="estimate-allocate"
              >
                {t('budget.action.allocate')}
              </Button>
            )}
            {steps.spend && (
              <Button
                type="primary"
                icon={<DollarOutlined />}
                onClick={() => setDialog('spend')}
                data-testid="estimate-spend"
              >
                {t('budget.action.spend')}
              </Button>
            )}
            {steps.return && (
              <Button
                danger
                icon={<RollbackOutlined />}
                onClick={() => setDialog('return')}
                data-testid="estimate-return"
              >
                {t('budget.action.return')}
              </Button>
            )}
          </>
        }
      />
      {estimate.status === 'draft' && estimate.returnReason && (
        <Notice
          type="warning"
          title={t('budget.estimate.returned', { reason: estimate.returnReason })}
          data-testid="estimate-returned"
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={current}
          responsive
          data-testid="estimate-steps"
          items={ESTIMATE_STATUSES.map((status) => ({
            title: t(`budget.step.${status}`),
            description: stepTexts[status],
          }))}
        />
      </Card>
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={32} wrap data-testid="estimate-sums">
          {(['estimated', 'approved', 'allocated', 'spent', 'remaining'] as const).map((sum) => (
            <Statistic key={sum} title={t(`budget.sum.${sum}`)} value={formatDong(estimate.sums[sum])} />
          ))}
        </Flex>
        {(estimate.allocationDecision || estimate.note) && (
          <Descriptions column={1} size="small" style={{ marginTop: 16 }}>
            {estimate.allocationDecision && (
              <Descriptions.Item label={t('budget.estimate.decision')}>
                {estimate.allocationDecision}
              </Descriptions.Item>
            )}
            {estimate.note && (
              <Descriptions.Item label={t('budget.estimate.note')}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{estimate.note}</span>
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </Card>
      <Card title={t('budget.estimate.lines')} style={{ marginBottom: 16 }}>
        <Table<BudgetLine>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={estimate.lines}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('budget.estimate.noLines') }}
          data-testid="estimate-lines"
          columns={[
            { title: 'STT', key: 'n', width: 56, align: 'center', render: (_v, _line, i) => i + 1 },
            {
              title: t('budget.line.description'),
              key: 'description',
              render: (_v, line) => (
                <>
                  <div>{line.description}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {line.task ? `${line.task.ref}. ${line.task.title}` : t('budget.line.noTask')}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('budget.line.source'),
              key: 'source',
              width: 160,
              render: (_v, line) => labels.sourceName(line.source),
            },
            {
              title: t('budget.sum.estimated'),
              key: 'estimated',
              width: 140,
              align: 'right',
              render: (_v, line) => formatDong(line.estimated),
            },
            {
              title: t('budget.sum.approved'),
              key: 'approved',
              width: 220,
              align: 'right',
              render: (_v, line) =>
                line.appraisal ? (
                  <>
                    <div>{formatDong(line.approved ?? 0)}</div>
                    <OutcomeTag outcome={line.appraisal} />
                    {line.appraisalReason && (
                      <div style={{ textAlign: 'left' }}>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="line-reason">
                          {line.appraisalReason}
                        </Typography.Text>
                      </div>
                    )}
                  </>
                ) : (
                  '—'
                ),
            },
            {
              title: t('budget.sum.allocated'),
              key: 'allocated',
              width: 140,
              align: 'right',
              render: (_v, line) => (line.allocated === null ? '—' : formatDong(line.allocated)),
            },
            {
              title: t('budget.sum.spent'),
              key: 'spent',
              width: 140,
              align: 'right',
              render: (_v, line) => formatDong(line.spent),
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <Typography.Text strong>{t('budget.sum.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <Typography.Text strong>{formatDong(estimate.sums.estimated)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                <Typography.Text strong>{formatDong(estimate.sums.approved)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                <Typography.Text strong>{formatDong(estimate.sums.allocated)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                <Typography.Text strong>{formatDong(estimate.sums.spent)}</Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
      {(estimate.status === 'allocated' || estimate.spending.length > 0) && (
        <Card title={t('budget.estimate.spending')}>
          <Table
            size="small"
            rowKey="id"
            pagination={estimate.spending.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            dataSource={estimate.spending}
            scroll={{ x: 720 }}
            locale={{ emptyText: t('budget.estimate.noSpending') }}
            data-testid="estimate-spending"
            columns={[
              {
                title: t('budget.spend.date'),
                key: 'date',
                width: 120,
                render: (_v, p) => formatIsoDate(p.spentOn),
              },
              {
                title: t('budget.spend.line'),
                key: 'line',
                render: (_v, p) => estimate.lines.find((line) => line.id === p.lineId)?.description ?? '',
              },
              {
                title: t('budget.spend.amount'),
                key: 'amount',
                width: 150,
                align: 'right',
                render: (_v, p) => formatDong(p.amount),
              },
              { title: t('budget.spend.note'), key: 'note', render: (_v, p) => p.note },
              {
                title: t('budget.spend.recordedBy'),
                key: 'by',
                width: 160,
                render: (_v, p) => p.recordedBy ?? '',
              },
            ]}
          />
        </Card>
      )}
      {dialog === 'edit' && (
        <EstimateFormModal
          estimate={estimate}
          bodyId={estimate.body.id}
          onClose={() => setDialog(null)}
          onSaved={accept}
        />
      )}
      {dialog === 'return' && <ReturnModal {...dialogProps} />}
      {dialog === 'appraise' && <AppraiseModal {...dialogProps} />}
      {dialog === 'allocate' && <AllocateModal {...dialogProps} />}
      {dialog === 'spend' && <SpendingModal {...dialogProps} />}
    </>
  );
}
