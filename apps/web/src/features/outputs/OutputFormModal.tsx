import { LinkOutlined } from '@ant-design/icons';
import type { ChannelKind, OutputKind } from '@lantoa/domain/constants';
import { vietnamToday } from '@lantoa/domain/rules';
import { Alert, Button, Checkbox, Flex, Form, Input, Select, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { DayPicker } from '../../shared/DayPicker.tsx';
import { errorText } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { TagsInput } from '../../shared/TagsInput.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { webLink } from '../../shared/webLink.ts';
import { useReadableBodies } from '../training/labels.tsx';
import { type Output, outputsApi } from './api.ts';
import { ChannelFields } from './ChannelFields.tsx';
import { useOutputLabels } from './labels.tsx';
import { type OutputValues, outputInputOf, outputValuesOf, pastedLink, previewFill } from './output-forms.ts';
import { LibraryItemSelect, PressReleaseSelect } from './ReferenceSelects.tsx';
import { useBodyChannels } from './useBodyChannels.ts';
import { useCloseAfterSave } from './useCloseAfterSave.ts';

/** The form as typed: the date picked, and (a new output) the body that published it. */
type Values = Omit<OutputValues, 'publishedOn'> & { publishedOn: Dayjs; bodyId: string };

/** What reading the pasted link gave: still reading, read (from which site), or why not. */
type PreviewState =
  | { state: 'reading' }
  | { state: 'read'; site: string | null }
  | { state: 'problem'; text: string };

/** A link the person may type as well as paste: checked as the server checks it. */
export function useLinkRule() {
  const t = useT();
  return {
    validator: (_rule: unknown, value: string | undefined) =>
      !value?.trim() || pastedLink(value)
        ? Promise.resolve()
        : Promise.reject(new Error(t('outputs.form.badLink'))),
  };
}

/**
 * Records one output, or corrects one, in one column of large controls (it is mostly done on a
 * phone right after posting): a pasted link fills the title, date and image when the server can
 * read its page, and says why not otherwise without ever stopping the entry.
 */
export function OutputFormModal({
  output,
  defaultBodyId,
  onClose,
  onSaved,
}: {
  /** The output corrected; null: a new one. */
  output: Output | null;
  defaultBodyId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const labels = useOutputLabels();
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const { saved, whenStale } = useCloseAfterSave(onSaved, onClose);
  const bodies = useReadableBodies(output?.body);
  const bodyId: string | undefined = Form.useWatch('bodyId', form) ?? output?.body.id ?? defaultBodyId;
  const { channels, loading: channelsLoading } = useBodyChannels(bodyId);
  const linkRule = useLinkRule();
  const initialValues = useMemo<Values>(() => {
    const values = output
      ? outputValuesOf(output)
      : { title: '', kind: 'article' as OutputKind, publishedOn: vietnamToday(), topics: [], imageUrl: '' };
    return { ...values, publishedOn: dayjs(values.publishedOn), bodyId: output?.body.id ?? defaultBodyId };
  }, [output, defaultBodyId]);

  // The pasted link is read once it has stopped changing; an output opened for correction is not
  // read again for the link it already has.
  const url: string | undefined = Form.useWatch('url', form);
  const link = useDebounced(pastedLink(url) ?? '', 500);
  const previewed = useRef(output?.url ?? '');
  const previewTitle = useRef<string | null>(null);
  const [preview, setPreview] = useState<PreviewState | null>(null);
  useEffect(() => {
    if (!link) setPreview(null);
    if (!link || link === previewed.current) return;
    previewed.current = link;
    let live = true;
    setPreview({ state: 'reading' });
    outputsApi
      .preview(link)
      .then(
        (answer) => {
          if (!live) return;
          const fill = previewFill(answer, {
            title: form.getFieldValue('title'),
            previewTitle: previewTitle.current,
            dateTouched: form.isFieldTouched('publishedOn'),
          });
          if (fill.title) previewTitle.current = fill.title;
          form.setFieldsValue({
            ...(fill.title ? { title: fill.title } : {}),
            ...(fill.publishedOn ? { publishedOn: dayjs(fill.publishedOn) } : {}),
            imageUrl: fill.imageUrl,
          });
          setPreview(
            answer.problem
              ? { state: 'problem', text: answer.problem }
              : { state: 'read', site: answer.siteName },
          );
        },
        (caught: unknown) => {
          if (live) setPreview({ state: 'problem', text: errorText(caught, t) });
        },
      )
      .finally(() => {
        live = false;
      });
    return () => {
      // Left before its answer came (the link changed, or the effect was run twice): the same
      // link is read again when it comes back.
      if (live && previewed.current === link) previewed.current = '';
      live = false;
    };
  }, [link, form, t]);
  const imageUrl = webLink(Form.useWatch('imageUrl', form));

  const save = () =>
    submit(async (values) => {
      const input = outputInputOf(
        {
          ...values,
          // Not shown for a registered channel, but kept for one the list has not brought yet.
          channelKind: values.channelKind ?? (form.getFieldValue('channelKind') as ChannelKind | undefined),
          publishedOn: values.publishedOn.format('YYYY-MM-DD'),
        },
        channels,
      );
      if (!input) return;
      // An update replaces the whole output: what this form does not show (public, the task it serves)
      // goes back as it was, or the save would clear it.
      if (output) {
        await outputsApi.update(output.id, {
          ...input,
          isPublic: output.isPublic,
          taskId: output.taskId,
          version: output.version,
        });
      } else await outputsApi.create(values.bodyId, input);
      saved(t(output ? 'outputs.form.updated' : 'outputs.form.created'));
    }, whenStale);

  return (
    <FormModal
      open
      title={t(output ? 'outputs.form.editTitle' : 'outputs.form.addTitle')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="output-form-error"
      width={560}
      style={{ top: 16 }}
      data-testid="output-form"
    >
      <VerticalForm<Values>
        form={form}
        size="large"
        name="output"
        initialValues={initialValues}
        onValuesChange={(changed: Partial<Values>) => {
          // Another body has other channels.
          if ('bodyId' in changed) form.setFieldValue('channelId', undefined);
        }}
      >
        <Form.Item
          name="url"
          label={t('outputs.form.url')}
          extra={t('outputs.form.urlHint')}
          rules={[linkRule]}
        >
          <Input
            inputMode="url"
            maxLength={2000}
            prefix={<LinkOutlined />}
            allowClear
            data-testid="output-url"
          />
        </Form.Item>
        <PreviewNote
          preview={preview}
          imageUrl={imageUrl}
          onDropImage={() => form.setFieldValue('imageUrl', '')}
        />
        <Form.Item name="imageUrl" hidden>
          <Input />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('outputs.form.title')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} data-testid="output-title" />
        </Form.Item>
        <Form.Item name="publishedOn" label={t('outputs.form.publishedOn')} rules={[{ required: true }]}>
          <DayPicker phone />
        </Form.Item>
        <Form.Item name="kind" label={t('outputs.form.kind')} rules={[{ required: true }]}>
          <Select options={labels.kindOptions} data-testid="output-kind" />
        </Form.Item>
        {output ? (
          <Form.Item label={t('outputs.form.body')}>
            <Typography.Text>{output.body.name}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item name="bodyId" label={t('outputs.form.body')} rules={[{ required: true }]}>
            <BodySelect initial={bodies} />
          </Form.Item>
        )}
        <ChannelFields name={[]} path={[]} channels={channels} loading={channelsLoading} testId="output" />
        <Form.Item name="topics" label={t('outputs.form.topics')} extra={t('outputs.form.topicsHint')}>
          <TagsInput maxCount={20} />
        </Form.Item>
        <Form.Item name="aboutLocal" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox data-testid="output-about-local">{t('outputs.form.aboutLocal')}</Checkbox>
        </Form.Item>
        <Form.Item name="commissioned" valuePropName="checked">
          <Checkbox data-testid="output-commissioned">{t('outputs.form.commissioned')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="libraryItemId"
          label={t('outputs.form.libraryItem')}
          extra={t('outputs.form.libraryItemHint')}
        >
          <LibraryItemSelect current={output?.libraryItem ?? null} />
        </Form.Item>
        <Form.Item
          name="pressReleaseId"
          label={t('outputs.form.pressRelease')}
          extra={t('outputs.form.pressReleaseHint')}
        >
          <PressReleaseSelect current={output?.pressRelease ?? null} />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}

/** What reading the link gave, under the link: a spinner, the site read, or why nothing was read. */
function PreviewNote({
  preview,
  imageUrl,
  onDropImage,
}: {
  preview: PreviewState | null;
  imageUrl: string | null;
  onDropImage: () => void;
}) {
  const t = useT();
  if (!preview && !imageUrl) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }} data-testid="output-preview">
      {preview?.state === 'reading' && (
        <Flex gap={8} align="center">
          <Spin size="small" />
          <Typography.Text type="secondary">{t('outputs.form.reading')}</Typography.Text>
        </Flex>
      )}
      {preview?.state === 'read' && (
        <Typography.Text type="success">
          {preview.site ? t('outputs.form.readFrom', { site: preview.site }) : t('outputs.form.read')}
        </Typography.Text>
      )}
      {preview?.state === 'problem' && (
        <Alert type="warning" showIcon title={t('outputs.form.notRead')} description={preview.text} />
      )}
      {imageUrl && (
        // The image is linked, not shown: the app's pages load images from its own address only.
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('outputs.form.image')}</Typography.Text>
          <a href={imageUrl} target="_blank" rel="noopener noreferrer">
            {t('outputs.form.openImage')}
          </a>
          <Button size="small" type="link" onClick={onDropImage}>
            {t('outputs.form.dropImage')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
