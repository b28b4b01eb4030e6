import { Form, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { plansApi } from '../../api/endpoints.ts';
import type { BodyBrief } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { FileField } from '../../shared/FilePicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useFileSubmit } from '../../shared/useFileSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';

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
  const { saving, error, setError, picked, send } = useFileSubmit(open, t('plans.upload.fileRequired'));

  useEffect(() => {
    if (open) setBodyId(amends?.body.id ?? defaultBody?.id);
  }, [open, amends, defaultBody]);

  const submit = async () => {
    if (!bodyId) {
      setError(t('plans.upload.bodyRequired'));
      return;
    }
    await send(async (file) => {
      const { import: created } = await plansApi.upload({ bodyId, amendsPlanId: amends?.planId, file });
      onClose();
      void navigate(`/plan-imports/${created.id}`);
    });
  };

  const initial = amends ? [amends.body] : defaultBody ? [defaultBody] : [];
  return (
    <FormModal
      open={open}
      title={amends ? t('plans.amend') : t('plans.import')}
      okText={t('plans.upload.submit')}
      onOk={() => void submit()}
      onCancel={onClose}
      saving={saving}
      error={error}
      width={560}
    >
      <VerticalForm name="plan-upload">
        <Form.Item label={t('plans.issuingBody')} htmlFor="plan-upload-body" required>
          {amends ? (
            <Typography.Text strong>{amends.body.name}</Typography.Text>
          ) : (
            <BodySelect id="plan-upload-body" value={bodyId} onChange={setBodyId} initial={initial} />
          )}
        </Form.Item>
        <FileField
          label={t('plans.upload.file')}
          hint={t('plans.upload.hint')}
          accept={ACCEPT}
          drop={t('plans.upload.drop')}
          testId="plan-file"
          {...picked}
        />
      </VerticalForm>
    </FormModal>
  );
}
