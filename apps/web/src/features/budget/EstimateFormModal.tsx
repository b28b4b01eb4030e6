import { formatDong, BUDGET_TEXT_LIMITS as L } from '@lantoa/domain/constants';
import { App, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { FormListRows } from '../../shared/FormListRows.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { isStaleVersion } from '../../shared/staleVersion.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { type BudgetEstimate, budgetApi } from './api.ts';
import { DongInput } from './DongInput.tsx';
import {
  blankLine,
  type LineValues,
  lineInputsOf,
  linesTotal,
  lineValuesOf,
  NO_TASK,
  openYears,
  proposedYear,
} from './estimate-form.ts';
import { useBudgetLabels } from './labels.tsx';

interface Values {
  planId?: string;
  year?: number;
  note: string;
  lines: LineValues[];
}

/**
 * A body's estimate started or corrected while a draft: the plan (one that gives the body work) and
 * a year of it not yet estimated, then the lines — a task of the plan given to the body or none, the
 * funding source, what it pays for, the amount in đồng — with their total as typed.
 */
export function EstimateFormModal({
  estimate,
  bodyId,
  onClose,
  onSaved,
}: {
  /** The draft corrected, or null for a new estimate of `bodyId`. */
  estimate: BudgetEstimate | null;
  bodyId: string;
  onClose: () => void;
  onSaved: (estimate: BudgetEstimate) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const labels = useBudgetLabels();
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const fetchPlans = useCallback(() => budgetApi.plans(bodyId), [bodyId]);
  const plans = useFetched(fetchPlans);
  const planId = Form.useWatch('planId', form) ?? estimate?.plan.id;
  const lines = Form.useWatch('lines', form);
  const plan = plans.data?.items.find((p) => p.id === planId);
  const years = plan ? openYears(plan) : [];
  const thisYear = new Date().getFullYear();

  const initialValues = useMemo<Values>(
    () =>
      estimate
        ? { note: estimate.note, lines: lineValuesOf(estimate.lines) }
        : { note: '', lines: [blankLine()] },
    [estimate],
  );

  const taskOptions = [
    { value: NO_TASK, label: t('budget.line.noTask') },
    ...(plan?.tasks ?? []).map((task) => ({ value: task.id, label: `${task.ref}. ${task.title}` })),
  ];

  const save = () =>
    submit(
      async (values) => {
        const input = { note: values.note.trim(), lines: lineInputsOf(values.lines ?? []) };
        const saved = estimate
          ? await budgetApi.update(estimate.id, { ...input, version: estimate.version })
          : await budgetApi.create(bodyId, {
              ...input,
              planId: values.planId ?? '',
              year: values.year ?? thisYear,
            });
        void message.success(t('budget.action.done'));
        onSaved(saved);
        onClose();
      },
      (caught, otherwise) => (isStaleVersion(caught) ? t('budget.action.stale') : otherwise()),
    );

  const required = [{ required: true, message: t('common.required') }];
  const requiredText = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormModal
      open
      title={t(estimate ? 'budget.form.editTitle' : 'budget.form.newTitle')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error ?? plans.error}
      errorTestId="estimate-form-error"
      width={980}
      data-testid="estimate-form"
    >
      <VerticalForm<Values> form={form} name="budget-estimate" initialValues={initialValues}>
        {!estimate && (
          <Row gutter={16}>
            <Col xs={24} md={18}>
              <Form.Item name="planId" label={t('budget.form.plan')} rules={required}>
                <Select
                  loading={plans.loading}
                  data-testid="estimate-plan"
                  options={(plans.data?.items ?? []).map((p) => ({
                    value: p.id,
                    label: [p.number, p.title].filter(Boolean).join(' – '),
                  }))}
                  onChange={(next: string) => {
                    const picked = plans.data?.items.find((p) => p.id === next);
                    form.setFieldValue(
                      'year',
                      picked ? proposedYear(openYears(picked), thisYear) : undefined,
                    );
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="year" label={t('budget.form.year')} rules={required}>
                <Select
                  data-testid="estimate-year"
                  options={years.map((y) => ({ value: y, label: String(y) }))}
                />
              </Form.Item>
            </Col>
            {plans.data && plans.data.items.length === 0 && (
              <Col span={24}>
                <Notice type="info" title={t('budget.form.noPlans')} style={{ marginBottom: 16 }} />
              </Col>
            )}
            {plan && years.length === 0 && (
              <Col span={24}>
                <Notice type="info" title={t('budget.form.noYears')} style={{ marginBottom: 16 }} />
              </Col>
            )}
          </Row>
        )}
        <FormListRows
          name="lines"
          addLabel={t('budget.form.addLine')}
          blank={blankLine}
          rowTestId="estimate-line"
        >
          {(field) => (
            <Row gutter={8} style={{ flex: 1 }}>
              <Col xs={24} md={8}>
                <Form.Item name={[field.name, 'taskId']} rules={required} style={{ marginBottom: 8 }}>
                  <Select
                    aria-label={t('budget.line.task')}
                    options={taskOptions}
                    popupMatchSelectWidth={false}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={5}>
                <Form.Item name={[field.name, 'source']} rules={required} style={{ marginBottom: 8 }}>
                  <Select aria-label={t('budget.line.source')} options={labels.sourceOptions} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item
                  name={[field.name, 'description']}
                  rules={requiredText}
                  style={{ marginBottom: 8 }}
                >
                  <Input
                    aria-label={t('budget.line.description')}
                    placeholder={t('budget.line.description')}
                    maxLength={L.description}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={5}>
                <Form.Item name={[field.name, 'estimated']} rules={required} style={{ marginBottom: 8 }}>
                  <DongInput
                    min={1}
                    aria-label={t('budget.line.estimated')}
                    placeholder={t('budget.form.amountHint')}
                  />
                </Form.Item>
              </Col>
            </Row>
          )}
        </FormListRows>
        <Typography.Paragraph strong style={{ marginTop: 12 }} data-testid="estimate-total">
          {t('budget.form.total', { amount: formatDong(linesTotal(lines)) })}
        </Typography.Paragraph>
        <Form.Item name="note" label={t('budget.estimate.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={L.note} />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}
