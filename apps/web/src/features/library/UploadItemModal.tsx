import { Checkbox, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { BodyBrief } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { FileField } from '../../shared/FilePicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useFileSubmit } from '../../shared/useFileSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { type ItemMetadata, type LibraryItem, libraryApi } from './api.ts';
import { kindOptions, languageOptions } from './labels.tsx';

const ACCEPT = '.png,.jpg,.jpeg,.webp,.gif,.pdf,.doc,.docx,.mp3,.ogg,.opus,.wav,.m4a,.mp4,.webm,.mov';

/** The body a person shares with by default: the root of their first scope (the province for a coordinator). */
export function useDefaultBody(): BodyBrief {
  const me = useMe();
  return useMemo(() => {
    const grant = me.user.roles[0];
    return grant
      ? { id: grant.scopeBodyId, name: grant.scopeBodyName ?? me.user.body.name, kind: 'other' }
      : me.user.body;
  }, [me]);
}

/** What the metadata form holds, trimmed for the server (empty texts and topics as blanks). */
export function metadataInput(values: ItemMetadata): ItemMetadata {
  return {
    title: values.title.trim(),
    summary: values.summary?.trim() ?? '',
    topics: (values.topics ?? []).map((topic) => topic.trim()).filter(Boolean),
    audience: values.audience?.trim() ?? '',
    language: values.language,
    kind: values.kind,
    usageRights: values.usageRights?.trim() ?? '',
    shareBodyId: values.shareBodyId,
    isPublic: values.isPublic ?? false,
  };
}

/** An item's metadata as the edit form starts from it. */
export function metadataOf(item: LibraryItem): ItemMetadata {
  const { title, summary, topics, audience, language, kind, usageRights, isPublic } = item;
  return {
    title,
    summary,
    topics,
    audience,
    language,
    kind,
    usageRights,
    shareBodyId: item.share.id,
    isPublic,
  };
}

/** The metadata fields shared by the upload form and the edit form. */
export function MetadataFields({ initialBodies }: { initialBodies: BodyBrief[] }) {
  const t = useT();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <>
      <Form.Item name="title" label={t('library.field.title')} rules={required}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="summary" label={t('library.field.summary')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
      </Form.Item>
      <Form.Item name="topics" label={t('library.field.topics')} extra={t('library.field.topicsHint')}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', ';']} />
      </Form.Item>
      <Form.Item name="audience" label={t('library.field.audience')}>
        <Input maxLength={300} placeholder={t('library.field.audiencePlaceholder')} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="language" label={t('library.field.language')} rules={required} style={{ flex: 1 }}>
          <Select options={languageOptions(t)} />
        </Form.Item>
        <Form.Item name="kind" label={t('library.field.kind')} rules={required} style={{ flex: 1 }}>
          <Select options={kindOptions(t)} />
        </Form.Item>
      </div>
      <Form.Item name="usageRights" label={t('library.field.usageRights')}>
        <Input maxLength={500} placeholder={t('library.field.usageRightsPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="shareBodyId"
        label={t('library.field.share')}
        extra={t('library.field.shareHint')}
        rules={required}
      >
        <BodySelect initial={initialBodies} />
      </Form.Item>
      <Form.Item name="isPublic" valuePropName="checked" extra={t('library.field.publicHint')}>
        <Checkbox data-testid="item-public-box">{t('library.field.public')}</Checkbox>
      </Form.Item>
    </>
  );
}

/** Uploads a communication product with its metadata, then opens its page. */
export function UploadItemModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const defaultBody = useDefaultBody();
  const [form] = Form.useForm<ItemMetadata>();
  const { saving, error, picked, send } = useFileSubmit(open, t('library.field.fileRequired'), form);
  const { file } = picked;

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    await send(async (chosen) => {
      const { item } = await libraryApi.upload(metadataInput(values), chosen);
      onClose();
      void navigate(`/library/${item.id}`);
    });
  };

  return (
    <FormModal
      open={open}
      title={t('library.upload')}
      okText={t('library.upload')}
      onOk={() => void submit()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="upload-error"
      width={640}
    >
      <VerticalForm<ItemMetadata>
        form={form}
        name="library-upload"
        initialValues={{
          language: 'vi',
          kind: 'poster',
          topics: [],
          shareBodyId: defaultBody.id,
          isPublic: false,
        }}
      >
        <FileField
          label={t('library.field.file')}
          hint={t('library.field.fileHint')}
          accept={ACCEPT}
          drop={t('library.field.drop')}
          testId="item-file"
          file={file}
          onChange={(chosen) => {
            picked.onChange(chosen);
            // The file's name, without its extension, until a title is typed.
            if (chosen && !form.getFieldValue('title'))
              form.setFieldValue('title', chosen.name.replace(/\.[^.]+$/, ''));
          }}
        />
        <MetadataFields initialBodies={[defaultBody]} />
      </VerticalForm>
    </FormModal>
  );
}
