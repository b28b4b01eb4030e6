import { App, Form, InputNumber } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { formatSeconds } from '../broadcast/api.ts';
import { assistantApi, type DraftFrom } from './api.ts';

/** A session's length: the draft asked for fits in it (the server refuses more). */
const SESSION_MINUTES = 15;
const DEFAULT_MINUTES = 3;

/**
 * Asks the assistant for a bulletin of a given length from a source (a library item, an answer), then
 * opens it: a draft the broadcaster reads and edits, never aired by itself.
 */
export function DraftBulletinModal({
  from,
  open,
  onClose,
}: {
  from: DraftFrom;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ minutes: number }>();
  const { saving, error, submit } = useSubmit(form);

  const create = async () => {
    await submit(async ({ minutes }) => {
      const { bulletinId, draft } = await assistantApi.draft({ from, minutes });
      void message.success(
        t('assistant.draft.created', {
          length: formatSeconds(draft.seconds),
          target: formatSeconds(draft.targetSeconds),
        }),
      );
      onClose();
      void navigate(`/broadcast/bulletins/${bulletinId}`);
    });
  };

  return (
    <FormModal
      open={open}
      title={t('assistant.draft.title')}
      okText={t('assistant.draft.create')}
      onOk={() => void create()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="draft-error"
    >
      <Notice type="info" title={t('assistant.draft.note')} />
      <VerticalForm<{ minutes: number }>
        form={form}
        name="assistant-draft"
        initialValues={{ minutes: DEFAULT_MINUTES }}
      >
        <Form.Item
          name="minutes"
          label={t('assistant.draft.minutes')}
          extra={t('assistant.draft.minutesHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={1} max={SESSION_MINUTES} step={0.5} style={{ width: 140 }} />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}
