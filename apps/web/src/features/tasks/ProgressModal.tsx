import { LinkOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Divider, Flex, Form, Input, Modal, Space, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { tasksApi } from '../../api/endpoints.ts';
import type { Occurrence } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText, isStatus } from '../../shared/errors.ts';
import { DATE_FORMAT, formatDate } from '../../shared/format.ts';
import { StateTag } from '../../shared/states.tsx';
import { EvidenceList } from './EvidenceList.tsx';

interface Values {
  note?: string;
  completedOn?: Dayjs | null;
}

interface Props {
  occurrence: Occurrence | null;
  /** The server's today (Vietnam), so no completion date after it can be picked. */
  today: string;
  onClose: () => void;
  /** After any change (progress or evidence), so the page reloads. */
  onChanged: () => void;
  /** On a version conflict: the page reloads and says so. */
  onStale: (message: string) => void;
}

/** Records progress on one occurrence and adds its evidence (a file or a link). */
export function ProgressModal({ occurrence, today, onClose, onChanged, onStale }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [url, setUrl] = useState('');

  // Reset the form when another occurrence opens or it was saved, not when evidence is added.
  const occurrenceId = occurrence?.id;
  const version = occurrence?.version;
  const savedNote = occurrence?.note ?? '';
  const savedCompletedOn = occurrence?.completedOn ?? null;
  useEffect(() => {
    if (!occurrenceId || !version) return;
    setError(null);
    setUrl('');
    form.setFieldsValue({
      note: savedNote,
      completedOn: savedCompletedOn ? dayjs(savedCompletedOn) : null,
    });
  }, [occurrenceId, version, savedNote, savedCompletedOn, form]);

  if (!occurrence) return null;

  const save = async () => {
    // Invalid: the form shows what to fix (a rejection here would go unhandled from onOk).
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    setError(null);
    try {
      await tasksApi.progress(occurrence.id, {
        note: values.note?.trim() || null,
        completedOn: values.completedOn ? values.completedOn.format('YYYY-MM-DD') : null,
        version: occurrence.version,
      });
      void message.success(t('assignment.progressSaved'));
      onChanged();
      onClose();
    } catch (caught) {
      if (isStatus(caught, 409)) onStale(errorText(caught, t));
      else setError(errorText(caught, t));
    } finally {
      setSaving(false);
    }
  };

  /** Sends a file or a link; the page reloads to list it. Answers whether it was added. */
  const addEvidence = async (send: () => Promise<unknown>) => {
    setUploading(true);
    setError(null);
    try {
      await send();
      void message.success(t('assignment.evidenceAdded'));
      onChanged();
      return true;
    } catch (caught) {
      setError(errorText(caught, t));
      return false;
    } finally {
      setUploading(false);
    }
  };

  const addFile = (file: File) => addEvidence(() => tasksApi.addFile(occurrence.id, file));

  const addLink = async () => {
    const link = url.trim();
    if (link && (await addEvidence(() => tasksApi.addLink(occurrence.id, link)))) setUrl('');
  };

  return (
    <Modal
      open
      title={t('assignment.recordTitle', { label: occurrence.label })}
      okText={t('assignment.saveProgress')}
      cancelText={t('common.cancel')}
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={saving}
      width={600}
    >
      <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">
          {t('assignment.dueOn', { date: formatDate(occurrence.dueOn) })}
        </Typography.Text>
        <StateTag state={occurrence.state} />
      </Flex>
      <ErrorAlert error={error} testId="progress-error" />
      <Form<Values> form={form} layout="vertical" name={`progress-${occurrence.id}`}>
        <Form.Item
          name="completedOn"
          label={t('assignment.completedOn')}
          extra={t('assignment.completedHint')}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            disabledDate={(day) => day.format('YYYY-MM-DD') > today}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item name="note" label={t('assignment.note')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
      </Form>
      <Divider style={{ margin: '8px 0 16px' }} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('assignment.evidence')}
      </Typography.Title>
      <div style={{ marginBottom: 12 }}>
        <EvidenceList evidence={occurrence.evidence} />
      </div>
      <Flex vertical gap={8}>
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            void addFile(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading} data-testid="evidence-upload">
            {t('assignment.addFile')}
          </Button>
        </Upload>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            prefix={<LinkOutlined />}
            placeholder="https://…"
            aria-label={t('assignment.link')}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            onPressEnter={() => void addLink()}
          />
          <Button onClick={() => void addLink()} disabled={!url.trim()} loading={uploading}>
            {t('assignment.addLink')}
          </Button>
        </Space.Compact>
      </Flex>
    </Modal>
  );
}
