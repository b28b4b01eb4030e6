import { Form, Input, Select, Typography } from 'antd';
import type { BodyBrief } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { TagsInput } from '../../shared/TagsInput.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { type Channel, outputsApi } from './api.ts';
import { useOutputLabels } from './labels.tsx';
import { useLinkRule } from './OutputFormModal.tsx';
import { channelInputOf, type ChannelFormValues as Values } from './output-forms.ts';
import { useCloseAfterSave } from './useCloseAfterSave.ts';

/**
 * A body's channel registered or corrected: where it publishes (a press title's dedicated page, its
 * portal's section, its fanpage or Zalo OA…), the feed read every day, and the words an item of a
 * general feed must speak of to be recorded.
 */
export function ChannelFormModal({
  body,
  channel,
  onClose,
  onSaved,
}: {
  /** The body a new channel is registered for. */
  body: BodyBrief;
  /** The channel corrected; null: a new one. */
  channel: Channel | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const labels = useOutputLabels();
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const { saved, whenStale } = useCloseAfterSave(onSaved, onClose);
  const linkRule = useLinkRule();

  const save = () =>
    submit(async (values) => {
      const input = channelInputOf(values);
      if (channel) await outputsApi.updateChannel(channel.id, { ...input, version: channel.version });
      else await outputsApi.createChannel(body.id, input);
      saved(t('outputs.channels.saved'));
    }, whenStale);

  return (
    <FormModal
      open
      title={t(channel ? 'outputs.channels.editTitle' : 'outputs.channels.addTitle')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="channel-form-error"
      width={600}
      data-testid="channel-form"
    >
      <Typography.Paragraph type="secondary">{channel?.body.name ?? body.name}</Typography.Paragraph>
      <VerticalForm<Values>
        form={form}
        name="channel"
        initialValues={
          channel
            ? {
                kind: channel.kind,
                name: channel.name,
                url: channel.url,
                feedUrl: channel.feedUrl ?? '',
                topicWords: channel.topicWords,
              }
            : { kind: 'portal', topicWords: [] }
        }
      >
        <Form.Item name="kind" label={t('outputs.channels.kind')} rules={[{ required: true }]}>
          <Select options={labels.channelKindOptions} data-testid="channel-kind" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('outputs.channels.name')}
          extra={t('outputs.channels.nameHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={300} data-testid="channel-name" />
        </Form.Item>
        <Form.Item name="url" label={t('outputs.channels.url')} rules={[linkRule]}>
          <Input inputMode="url" maxLength={2000} data-testid="channel-url" />
        </Form.Item>
        <Form.Item
          name="feedUrl"
          label={t('outputs.channels.feedUrl')}
          extra={t('outputs.channels.feedUrlHint')}
          rules={[linkRule]}
        >
          <Input inputMode="url" maxLength={2000} data-testid="channel-feed" />
        </Form.Item>
        <Form.Item
          name="topicWords"
          label={t('outputs.channels.topicWords')}
          extra={t('outputs.channels.topicWordsHint')}
        >
          <TagsInput maxCount={20} />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}
