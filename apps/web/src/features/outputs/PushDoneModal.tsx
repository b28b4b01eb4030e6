import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { OutputKind } from '@lantoa/domain/constants';
import { vietnamToday } from '@lantoa/domain/rules';
import { App, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { DayPicker } from '../../shared/DayPicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatNumber } from '../../shared/format.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { outputsApi, type PushTodo } from './api.ts';
import { ChannelFields } from './ChannelFields.tsx';
import { useOutputLabels } from './labels.tsx';
import { useLinkRule } from './OutputFormModal.tsx';
import { OTHER_CHANNEL, type PlaceValues, placesOf, usualPlace } from './output-forms.ts';
import { useBodyChannels } from './useBodyChannels.ts';

/** A place as typed: the date picked. */
type Place = Omit<PlaceValues, 'publishedOn'> & { publishedOn: Dayjs };

/** The most places one tick records, as the server takes them. */
const MAX_PLACES = 20;

/**
 * A body says where it published a library item it was sent: one or more places (what, on which
 * channel, its link, when), each recorded in the register as an output of the body.
 */
export function PushDoneModal({
  todo,
  onClose,
  onDone,
}: {
  todo: PushTodo;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const labels = useOutputLabels();
  const [form] = Form.useForm<{ places: Place[] }>();
  const { saving, error, submit } = useSubmit(form);
  const { channels, loading } = useBodyChannels(todo.body.id);
  const linkRule = useLinkRule();
  const usual = usualPlace(todo.push.item.kind);
  // A place starts on the body's channel of the usual kind, once its channels are known.
  const channelFor = (place: Pick<Place, 'channelKind'>) =>
    channels.length ? (channels.find((c) => c.kind === place.channelKind)?.id ?? OTHER_CHANNEL) : undefined;
  const blank = (): Place => ({ ...usual, channelId: channelFor(usual), publishedOn: dayjs(vietnamToday()) });

  useEffect(() => {
    if (loading || channels.length === 0) return;
    const places = (form.getFieldValue('places') ?? []) as Place[];
    form.setFieldValue(
      'places',
      places.map((place) =>
        place.channelId
          ? place
          : { ...place, channelId: channels.find((c) => c.kind === place.channelKind)?.id ?? OTHER_CHANNEL },
      ),
    );
  }, [channels, loading, form]);

  const save = () =>
    submit(async (values) => {
      const places = placesOf(
        values.places.map((place) => ({ ...place, publishedOn: place.publishedOn.format('YYYY-MM-DD') })),
        channels,
      );
      if (!places) return;
      const { outputs } = await outputsApi.done(todo.push.id, { bodyId: todo.body.id, places });
      void message.success(t('outputs.todo.recorded', { n: formatNumber(outputs) }));
      onDone();
      onClose();
    });

  return (
    <FormModal
      open
      title={t('outputs.todo.doneTitle')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="push-done-error"
      width={560}
      style={{ top: 16 }}
      data-testid="push-done-form"
    >
      <Typography.Paragraph strong style={{ marginBottom: 4 }}>
        {todo.push.item.title}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('outputs.todo.doneHint', { body: todo.body.name })}
      </Typography.Paragraph>
      <Form<{ places: Place[] }>
        form={form}
        layout="vertical"
        size="large"
        requiredMark={false}
        name="push-done"
        initialValues={{ places: [blank()] }}
      >
        <Form.List name="places">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('outputs.todo.place', { n: index + 1 })}
                  data-testid="push-place"
                  extra={
                    fields.length > 1 && (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('outputs.todo.removePlace', { n: index + 1 })}
                        onClick={() => remove(field.name)}
                      />
                    )
                  }
                >
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={t('outputs.form.kind')}
                    rules={[{ required: true }]}
                  >
                    <Select<OutputKind> options={labels.kindOptions} data-testid="push-place-kind" />
                  </Form.Item>
                  <ChannelFields
                    name={[field.name]}
                    path={['places', field.name]}
                    channels={channels}
                    loading={loading}
                    testId="push-place"
                  />
                  <Form.Item name={[field.name, 'url']} label={t('outputs.todo.url')} rules={[linkRule]}>
                    <Input inputMode="url" maxLength={2000} data-testid="push-place-url" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'publishedOn']}
                    label={t('outputs.form.publishedOn')}
                    rules={[{ required: true }]}
                    style={{ marginBottom: 0 }}
                  >
                    <DayPicker phone />
                  </Form.Item>
                </Card>
              ))}
              {fields.length < MAX_PLACES && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blank())} block>
                  {t('outputs.todo.addPlace')}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
