import { Form, Input, Select } from 'antd';
import { useT } from '../../i18n/i18n.tsx';
import type { Channel } from './api.ts';
import { useOutputLabels } from './labels.tsx';
import { OTHER_CHANNEL } from './output-forms.ts';

/**
 * Where something was published: one of the body's registered channels, or ("another place") a
 * kind of channel and its name. `name` is the fields' path inside their form (inside a Form.List,
 * relative to the list), `path` the same from the form's root.
 */
export function ChannelFields({
  name,
  path,
  channels,
  loading,
  testId,
}: {
  name: (string | number)[];
  path: (string | number)[];
  channels: readonly Channel[];
  loading: boolean;
  testId: string;
}) {
  const t = useT();
  const labels = useOutputLabels();
  const required = [{ required: true, message: t('common.required') }];
  const chosen: string | undefined = Form.useWatch([...path, 'channelId']);
  // A body without registered channels names the place by hand; so does "another place".
  const byHand = channels.length === 0 || chosen === OTHER_CHANNEL;
  return (
    <>
      {(channels.length > 0 || loading) && (
        <Form.Item name={[...name, 'channelId']} label={t('outputs.form.channel')} rules={required}>
          <Select
            loading={loading}
            data-testid={`${testId}-channel`}
            options={[
              ...channels.map((channel) => ({
                value: channel.id,
                label: `${channel.name} (${labels.channelKindName(channel.kind)})`,
              })),
              { value: OTHER_CHANNEL, label: t('outputs.form.otherChannel') },
            ]}
          />
        </Form.Item>
      )}
      {byHand && !loading && (
        <>
          <Form.Item name={[...name, 'channelKind']} label={t('outputs.form.channelKind')} rules={required}>
            <Select options={labels.channelKindOptions} data-testid={`${testId}-channel-kind`} />
          </Form.Item>
          <Form.Item
            name={[...name, 'channelName']}
            label={t('outputs.form.channelName')}
            extra={t('outputs.form.channelNameHint')}
          >
            <Input maxLength={300} />
          </Form.Item>
        </>
      )}
    </>
  );
}
