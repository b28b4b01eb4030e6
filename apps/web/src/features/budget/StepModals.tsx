import { formatDong, BUDGET_TEXT_LIMITS as L } from '@lantoa/domain/constants';
import { vietnamToday } from '@lantoa/domain/rules';
import { App, Form, Input, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n/i18n.tsx';
import { DayPicker } from '../../shared/DayPicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { isStaleVersion } from '../../shared/staleVersion.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { type BudgetEstimate, type BudgetLine, budgetApi } from './api.ts';
import { DongInput } from './DongInput.tsx';
import { approvedOf, lineRemaining, spendableLines } from './estimate-form.ts';

interface StepModalProps {
  estimate: BudgetEstimate;
  onClose: () => void;
  onSaved: (estimate: BudgetEstimate) => void;
  /** Someone changed the estimate meanwhile: the page reads it again. */
  onStale: () => void;
}

/** A save of one of the estimate's steps: success said, the page given the new estimate, a stale one reloaded. */
function useStepSave<Values>(props: StepModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const save = (send: (values: Values) => Promise<BudgetEstimate>) =>
    submit(
      async (values) => {
        const saved = await send(values);
        void message.success(t('budget.action.done'));
        props.onSaved(saved);
        props.onClose();
      },
      (caught, otherwise) => {
        if (!isStaleVersion(caught)) return otherwise();
        props.onStale();
        return t('budget.action.stale');
      },
    );
  return { form, saving, error, save };
}

/** Sending the estimate back to the body's draft, with the reason it will read. */
export function ReturnModal(props: StepModalProps) {
  const t = useT();
  const { estimate, onClose } = props;
  const { form, saving, error, save } = useStepSave<{ reason: string }>(props);
  return (
    <FormModal
      open
      title={t('budget.return.title')}
      okText={t('budget.action.return')}
      onOk={() => void save((v) => budgetApi.return(estimate.id, v.reason.trim(), estimate.version))}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="return-error"
      data-testid="return-form"
    >
      <VerticalForm form={form} name="budget-return">
        <Form.Item
          name="reason"
          label={t('budget.return.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={L.returnReason}
            data-testid="return-reason"
          />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}

/** The people's committee's decision and what each line got: what finance approved unless changed, never more. */
export function AllocateModal(props: StepModalProps) {
  const t = useT();
  const { estimate, onClose } = props;
  const { form, saving, error, save } = useStepSave<{
    decision: string;
    allocated: Record<string, number | null>;
  }>(props);
  const initialValues = {
    decision: '',
    allocated: Object.fromEntries(estimate.lines.map((line) => [line.id, approvedOf(line)])),
  };
  return (
    <FormModal
      open
      title={t('budget.allocate.title')}
      okText={t('common.save')}
      onOk={() =>
        void save((v) =>
          budgetApi.allocate(estimate.id, {
            decision: v.decision.trim(),
            lines: estimate.lines.map((line) => ({ id: line.id, allocated: v.allocated[line.id] ?? 0 })),
            version: estimate.version,
          }),
        )
      }
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="allocate-error"
      width={860}
      data-testid="allocate-form"
    >
      <VerticalForm form={form} name="budget-allocate" initialValues={initialValues}>
        <Form.Item
          name="decision"
          label={t('budget.allocate.decision')}
          extra={t('budget.allocate.decisionHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={L.allocationDecision} data-testid="allocate-decision" />
        </Form.Item>
        <Table<BudgetLine>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={estimate.lines}
          scroll={{ x: 640 }}
          columns={[
            {
              title: t('budget.line.description'),
              key: 'description',
              render: (_v, line) => line.description,
            },
            {
              title: t('budget.sum.approved'),
              key: 'approved',
              width: 150,
              align: 'right',
              render: (_v, line) => formatDong(approvedOf(line)),
            },
            {
              title: t('budget.allocate.allocated'),
              key: 'allocated',
              width: 200,
              render: (_v, line) => (
                <Form.Item
                  name={['allocated', line.id]}
                  style={{ marginBottom: 0 }}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <DongInput max={approvedOf(line)} aria-label={t('budget.allocate.allocated')} />
                </Form.Item>
              ),
            },
          ]}
        />
      </VerticalForm>
    </FormModal>
  );
}

/** A payment against a line with money left: the day (today or before), the amount, what for. */
export function SpendingModal(props: StepModalProps) {
  const t = useT();
  const { estimate, onClose } = props;
  const { form, saving, error, save } = useStepSave<{
    lineId: string;
    spentOn: Dayjs;
    amount: number;
    note: string;
  }>(props);
  const lines = spendableLines(estimate);
  const today = vietnamToday();
  return (
    <FormModal
      open
      title={t('budget.spend.title')}
      okText={t('common.save')}
      onOk={() =>
        void save((v) =>
          budgetApi.spend(estimate.id, {
            lineId: v.lineId,
            spentOn: v.spentOn.format('YYYY-MM-DD'),
            amount: v.amount,
            note: (v.note ?? '').trim(),
          }),
        )
      }
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="spend-error"
      width={640}
      data-testid="spend-form"
    >
      {lines.length === 0 ? (
        <Notice type="info" title={t('budget.spend.nothingLeft')} />
      ) : (
        <VerticalForm
          form={form}
          name="budget-spend"
          initialValues={{ lineId: lines[0]?.id, spentOn: dayjs(today), note: '' }}
        >
          <Form.Item name="lineId" label={t('budget.spend.line')} rules={[{ required: true }]}>
            <Select
              data-testid="spend-line"
              options={lines.map((line) => ({
                value: line.id,
                label: (
                  <>
                    {line.description}{' '}
                    <Typography.Text type="secondary">
                      ({t('budget.spend.left', { amount: formatDong(lineRemaining(line)) })})
                    </Typography.Text>
                  </>
                ),
              }))}
            />
          </Form.Item>
          <Form.Item name="spentOn" label={t('budget.spend.date')} rules={[{ required: true }]}>
            <DayPicker phone disabledDate={(day) => day.format('YYYY-MM-DD') > today} />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('budget.spend.amount')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DongInput min={1} data-testid="spend-amount" />
          </Form.Item>
          <Form.Item name="note" label={t('budget.spend.note')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={L.spendingNote} />
          </Form.Item>
        </VerticalForm>
      )}
    </FormModal>
  );
}
