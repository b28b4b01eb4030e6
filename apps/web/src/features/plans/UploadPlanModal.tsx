import { InboxOutlined } from '@ant-design/icons';
import { Alert, Form, Modal, Typography, Upload } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { plansApi } from '../../api/endpoints.ts';
import type { BodyBrief } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { errorText } from '../../shared/errors.ts';

interface Props {
  open: boolean;
  onClose: () => void;
  /** When set, the upload is a new version of this plan, issued by the same body. */
  amends?: { planId: string; body: BodyBrief } | undefined;
}

const ACCEPT = '.docx,.pdf,.txt';

/** Uploads a plan document and opens its review screen, where the reading progress shows. */
export function UploadPlanModal({ open, onClose, amends }: Props) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  // The actor's first scope root where it may manage plans: usually the province.
  const defaultBody = useMemo<BodyBrief | null>(() => {
    const grant =
      me.user.roles.find((r) => r.role === 'coordinator' || r.role === 'admin') ?? me.user.roles[0];
    return grant
      ? { id: grant.scopeBodyId, name: grant.scopeBodyName ?? grant.scopeBodyId, kind: 'other' }
      : null;
  }, [me]);
  const [bodyId, setBodyId] = useState<string | undefined>(undefined);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (!open) return;
    setBodyId(amends?.body.id ?? defaultBody?.id);
    setFile(null);
    setError(null);
  }, [open, amends, defaultBody]);

  const submit = async () => {
    if (!bodyId) {
      setError(t('plans.upload.bodyRequired'));
      return;
    }
    if (!file) {
      setError(t('plans.upload.fileRequired'));
      return;
    }
    setSending(true);
    setError(null);
    try {
      const { import: created } = await plansApi.upload({ bodyId, amendsPlanId: amends?.planId, file });
      onClose();
      navigate(`/plan-imports/${created.id}`);
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setSending(false);
    }
  };

  const initial = amends ? [amends.body] : defaultBody ? [defaultBody] : [];
  return (
    <Modal
      open={open}
      title={amends ? t('plans.amend') : t('plans.import')}
      okText={t('plans.upload.submit')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={sending}
      destroyOnHidden
      width={560}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" requiredMark={false} name="plan-upload">
        <Form.Item label={t('plans.issuingBody')} htmlFor="plan-upload-body" required>
          {amends ? (
            <Typography.Text strong>{amends.body.name}</Typography.Text>
          ) : (
            <BodySelect id="plan-upload-body" value={bodyId} onChange={setBodyId} initial={initial} />
          )}
        </Form.Item>
        <Form.Item label={t('plans.upload.file')} extra={t('plans.upload.hint')} required>
          <Upload.Dragger
            accept={ACCEPT}
            maxCount={1}
            multiple={false}
            beforeUpload={(picked) => {
              setFile(picked);
              setError(null);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={
              file ? [{ uid: 'plan', name: file.name, size: file.size, status: 'done' as const }] : []
            }
            data-testid="plan-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('plans.upload.drop')}</p>
          </Upload.Dragger>
        </Form.Item>
      </Form>
    </Modal>
  );
}
