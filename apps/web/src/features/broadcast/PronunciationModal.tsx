import { App, Form, Input } from 'antd';
import { useT } from '../../i18n/i18n.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { type PronunciationInput, speechApi } from './api.ts';

/**
 * Adds a word to a body's pronunciation list (or replaces its entry for that written form): from the
 * list itself, or from a word the readiness check marked, its reading suggested and editable.
 */
export function PronunciationModal({
  bodyId,
  initial,
  onClose,
  onSaved,
}: {
  bodyId: string;
  initial: { written: string; spoken: string };
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PronunciationInput>();
  const { saving, error, submit } = useSubmit(form);
  const required = [{ required: true, whitespace: true, message: t('common.required') }];

  const save = async () => {
    await submit(async (values) => {
      const { staleRecordings } = await speechApi.savePronunciation(bodyId, {
        written: values.written.trim(),
        spoken: values.spoken.trim(),
      });
      void message.success(
        staleRecordings > 0
          ? t('broadcast.pronunciations.savedStale', { count: staleRecordings })
          : t('broadcast.pronunciations.saved'),
      );
      onSaved();
      onClose();
    });
  };

  return (
    <FormModal
      open
      title={t('broadcast.pronunciations.add')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="pronunciation-error"
    >
      <VerticalForm<PronunciationInput> form={form} name="pronunciation" initialValues={initial}>
        <Form.Item
          name="written"
          label={t('broadcast.pronunciations.written')}
          extra={t('broadcast.pronunciations.writtenHint')}
          rules={required}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="spoken"
          label={t('broadcast.pronunciations.spoken')}
          extra={t('broadcast.pronunciations.spokenHint')}
          rules={required}
        >
          <Input maxLength={300} />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}
