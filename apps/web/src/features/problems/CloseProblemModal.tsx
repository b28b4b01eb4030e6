import { App, Checkbox, Form, Input } from 'antd';
import { useT } from '../../i18n/i18n.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { type Problem, type Proposal, problemsApi } from './api.ts';

interface CloseValues {
  outcome: string;
  selected: string[];
}

/**
 * Closes a problem with its outcome (the text its public page shows from then on) and the proposals
 * selected, those selected in the review ticked to begin with; every other proposal becomes "not
 * selected".
 */
export function CloseProblemModal({
  problem,
  proposals,
  onClose,
  onClosed,
}: {
  problem: Problem;
  proposals: readonly Proposal[];
  onClose: () => void;
  onClosed: (problem: Problem) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CloseValues>();
  const { saving, error, submit } = useSubmit(form);
  const save = () =>
    submit(async (values) => {
      const closed = await problemsApi.close(problem.id, {
        version: problem.version,
        outcome: values.outcome.trim(),
        selectedProposalIds: values.selected ?? [],
      });
      void message.success(t('problems.close.done'));
      onClosed(closed);
    });
  return (
    <FormModal
      open
      title={t('problems.close.title')}
      okText={t('problems.close.save')}
      saving={saving}
      error={error}
      errorTestId="close-error"
      onOk={() => void save()}
      onCancel={onClose}
      width={640}
    >
      <VerticalForm<CloseValues>
        form={form}
        name="close-problem"
        initialValues={{
          outcome: '',
          selected: proposals.filter((p) => p.status === 'selected').map((p) => p.id),
        }}
      >
        <Form.Item
          name="outcome"
          label={t('problems.close.outcome')}
          extra={t('problems.close.outcomeHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="selected"
          label={t('problems.close.selected')}
          extra={t('problems.close.selectedHint')}
        >
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={proposals.map((p) => ({
              value: p.id,
              label: `${p.code} · ${p.organisation || p.contactName}`,
            }))}
          />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}
