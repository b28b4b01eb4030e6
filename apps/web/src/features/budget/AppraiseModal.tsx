import { formatDong, BUDGET_TEXT_LIMITS as L } from '@lantoa/domain/constants';
import { App, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { isStaleVersion } from '../../shared/staleVersion.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { type BudgetEstimate, type BudgetLine, budgetApi } from './api.ts';
import { DongInput } from './DongInput.tsx';
import {
  type AppraisalValues,
  appraisalDefaults,
  appraisalInputOf,
  appraisalProblems,
} from './estimate-form.ts';
import { useBudgetLabels } from './labels.tsx';

/**
 * The finance department's appraisal of every line at once: approved as estimated, reduced to a
 * smaller amount with a reason, or refused with a reason. Each line says what it still lacks (the
 * domain's rule, as the server checks it) before anything is sent.
 */
export function AppraiseModal({
  estimate,
  onClose,
  onSaved,
  onStale,
}: {
  estimate: BudgetEstimate;
  onClose: () => void;
  onSaved: (estimate: BudgetEstimate) => void;
  onStale: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const labels = useBudgetLabels();
  const [form] = Form.useForm<{ lines: AppraisalValues[] }>();
  const { saving, error, setError, run } = useSubmit();
  const [tried, setTried] = useState(false);
  const values = (Form.useWatch('lines', form) ?? appraisalDefaults(estimate.lines)) as AppraisalValues[];
  const problems = appraisalProblems(estimate.lines, values);
  const approvedTotal = estimate.lines.reduce((sum, line, i) => {
    const value = values[i];
    if (value?.outcome === 'refused') return sum;
    return sum + (value?.outcome === 'reduced' ? (value.approved ?? 0) : line.estimated);
  }, 0);

  const save = async () => {
    setTried(true);
    if (problems.some(Boolean)) {
      setError(t('budget.appraise.fix'));
      return;
    }
    await run(
      async () => {
        const saved = await budgetApi.appraise(
          estimate.id,
          appraisalInputOf(estimate.lines, values, estimate.version),
        );
        void message.success(t('budget.action.done'));
        onSaved(saved);
        onClose();
      },
      (caught, otherwise) => {
        if (isStaleVersion(caught)) {
          onStale();
          return t('budget.action.stale');
        }
        return otherwise();
      },
    );
  };

  return (
    <FormModal
      open
      title={t('budget.appraise.title')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="appraise-error"
      width={1100}
      data-testid="appraise-form"
    >
      <Typography.Paragraph type="secondary">{t('budget.appraise.hint')}</Typography.Paragraph>
      <Form form={form} initialValues={{ lines: appraisalDefaults(estimate.lines) }} component={false}>
        <Table<BudgetLine>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={estimate.lines}
          scroll={{ x: 900 }}
          data-testid="appraise-lines"
          columns={[
            {
              title: t('budget.line.description'),
              key: 'description',
              render: (_v, line) => (
                <>
                  <div>{line.description}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[
                      line.task ? `${line.task.ref}. ${line.task.title}` : t('budget.line.noTask'),
                      labels.sourceName(line.source),
                    ].join(' · ')}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('budget.sum.estimated'),
              key: 'estimated',
              width: 140,
              align: 'right',
              render: (_v, line) => formatDong(line.estimated),
            },
            {
              title: t('budget.line.appraisal'),
              key: 'outcome',
              width: 200,
              render: (_v, _line, i) => (
                <Form.Item name={['lines', i, 'outcome']} style={{ marginBottom: 0 }}>
                  <Select
                    options={labels.outcomeOptions}
                    aria-label={t('budget.line.appraisal')}
                    data-testid="appraise-outcome"
                  />
                </Form.Item>
              ),
            },
            {
              title: t('budget.appraise.approved'),
              key: 'approved',
              width: 190,
              render: (_v, line, i) =>
                values[i]?.outcome === 'reduced' ? (
                  <Form.Item name={['lines', i, 'approved']} style={{ marginBottom: 0 }}>
                    <DongInput
                      max={Math.max(0, line.estimated - 1)}
                      aria-label={t('budget.appraise.approved')}
                      data-testid="appraise-approved"
                    />
                  </Form.Item>
                ) : (
                  formatDong(values[i]?.outcome === 'refused' ? 0 : line.estimated)
                ),
            },
            {
              title: t('budget.line.reason'),
              key: 'reason',
              width: 280,
              render: (_v, _line, i) => (
                <>
                  <Form.Item name={['lines', i, 'reason']} style={{ marginBottom: 0 }}>
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      maxLength={L.appraisalReason}
                      disabled={(values[i]?.outcome ?? 'approved') === 'approved'}
                      aria-label={t('budget.line.reason')}
                      data-testid="appraise-reason"
                    />
                  </Form.Item>
                  {tried && problems[i] && (
                    <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="appraise-problem">
                      {problems[i]}
                    </Typography.Text>
                  )}
                </>
              ),
            },
          ]}
        />
      </Form>
      <Typography.Paragraph strong style={{ marginTop: 12, marginBottom: 0 }} data-testid="appraise-total">
        {t('budget.appraise.total', {
          amount: formatDong(approvedTotal),
          estimated: formatDong(estimate.sums.estimated),
        })}
      </Typography.Paragraph>
    </FormModal>
  );
}
