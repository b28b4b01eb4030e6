import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { bodyColumn, countColumn } from '../../shared/columns.tsx';
import { FileField } from '../../shared/FilePicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatDate } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { useFileSubmit } from '../../shared/useFileSubmit.ts';
import { useRowDelete } from '../../shared/useRowDelete.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { useDefaultBody } from '../library/UploadItemModal.tsx';
import { assistantApi, type ReferenceDocument } from './api.ts';

/** The files the server reads text from (readPlanDocument: Word, PDF with a text layer, text). */
const ACCEPT = '.docx,.pdf,.txt';

interface Values {
  title: string;
  symbol: string;
  bodyId: string;
}

/** Uploads a reference document for the bodies under one the person manages plans for. */
function UploadModal({
  open,
  onClose,
  onUploaded,
}: {
  open: boolean;
  onClose: () => void;
  onUploaded: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const defaultBody = useDefaultBody();
  const [form] = Form.useForm<Values>();
  const { saving, error, picked, send } = useFileSubmit(open, t('assistant.references.fileRequired'), form);
  const { file } = picked;

  const upload = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    await send(async (chosen) => {
      await assistantApi.uploadReferenceDocument(
        values.bodyId,
        { title: values.title.trim(), symbol: values.symbol?.trim() ?? '' },
        chosen,
      );
      void message.success(t('assistant.references.uploaded'));
      onUploaded();
      onClose();
    });
  };

  return (
    <FormModal
      open={open}
      title={t('assistant.references.upload')}
      okText={t('assistant.references.upload')}
      onOk={() => void upload()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="reference-upload-error"
      width={600}
    >
      <VerticalForm<Values>
        form={form}
        name="reference-upload"
        initialValues={{ title: '', symbol: '', bodyId: defaultBody.id }}
      >
        <FileField
          label={t('assistant.references.field.file')}
          hint={t('assistant.references.field.fileHint')}
          accept={ACCEPT}
          drop={t('assistant.references.field.drop')}
          testId="reference-file"
          file={file}
          onChange={(chosen) => {
            picked.onChange(chosen);
            // The file's name, without its extension, until a title is typed.
            if (chosen && !form.getFieldValue('title'))
              form.setFieldValue('title', chosen.name.replace(/\.[^.]+$/, ''));
          }}
        />
        <Form.Item
          name="title"
          label={t('assistant.references.field.title')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="symbol" label={t('assistant.references.field.symbol')}>
          <Input maxLength={100} placeholder={t('assistant.references.field.symbolPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="bodyId"
          label={t('assistant.references.field.body')}
          extra={t('assistant.references.field.bodyHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <BodySelect initial={[defaultBody]} />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}

/** The reference documents the assistant quotes: uploaded, listed, deleted by those who manage plans. */
export function ReferenceDocumentsTab() {
  const t = useT();
  const list = useFetched(assistantApi.referenceDocuments);
  const [uploading, setUploading] = useState(false);

  const { deleting, deleteRow: remove } = useRowDelete<ReferenceDocument>(
    assistantApi.deleteReferenceDocument,
    'assistant.references.deleted',
    list.reload,
  );

  return (
    <>
      <Notice type="info" title={t('assistant.references.hint')} />
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading(true)}>
          {t('assistant.references.upload')}
        </Button>
      </Flex>
      <ListTable<ReferenceDocument>
        list={list}
        testId="reference-documents"
        empty={t('assistant.references.empty')}
        pagination={false}
        columns={[
          {
            title: t('assistant.references.field.title'),
            key: 'title',
            render: (_v, row) => (
              <Flex vertical>
                <Typography.Text strong>{row.title}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[row.symbol, row.fileName].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Flex>
            ),
          },
          bodyColumn<ReferenceDocument>(t, (row) => row.body.name),
          {
            title: t('assistant.references.pages'),
            key: 'pages',
            align: 'right',
            width: 90,
            render: (_v, row) => row.pages ?? t('common.none'),
          },
          countColumn<ReferenceDocument>(
            t('assistant.references.length'),
            'length',
            (row) => row.textLength,
            140,
          ),
          {
            title: t('assistant.references.createdAt'),
            key: 'createdAt',
            width: 120,
            render: (_v, row) => formatDate(row.createdAt),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_v, row) =>
              row.canDelete && (
                <Popconfirm
                  title={t('assistant.references.deleteConfirm')}
                  okText={t('assistant.references.delete')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void remove(row)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} loading={deleting === row.id}>
                    {t('assistant.references.delete')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <UploadModal
        open={uploading}
        onClose={() => setUploading(false)}
        onUploaded={() => void list.reload()}
      />
    </>
  );
}
