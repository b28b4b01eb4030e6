import { BranchesOutlined } from '@ant-design/icons';
import { Button, Form, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { plansApi } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';

/**
 * "Lập kế hoạch của đơn vị": a body below the plan's issuer (a commune under the province) gets a
 * draft of its own plan made from this one, and the review of that draft opens. The bodies offered
 * are those `within` (the issuer's subtree, or the actor's own when it only manages its body's).
 */
export function ChildDraftButton({ planId, within }: { planId: string; within: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ bodyId: string }>();
  const { saving, error, submit } = useSubmit(form);
  const draft = () =>
    void submit(async ({ bodyId }) => {
      const made = await plansApi.draftChild(planId, bodyId);
      void navigate(`/plan-imports/${made.import.id}`);
    });
  return (
    <>
      <Button icon={<BranchesOutlined />} onClick={() => setOpen(true)} data-testid="draft-child">
        {t('plan.childDraft')}
      </Button>
      <FormModal
        open={open}
        title={t('plan.childDraft')}
        okText={t('plan.childDraftOk')}
        saving={saving}
        error={error}
        onOk={draft}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph type="secondary">{t('plan.childDraftHint')}</Typography.Paragraph>
        <VerticalForm form={form}>
          <Form.Item
            name="bodyId"
            label={t('plan.childDraftBody')}
            htmlFor="child-draft-body"
            rules={[{ required: true, message: t('plan.childDraftBodyRequired') }]}
          >
            <BodySelect
              id="child-draft-body"
              within={within}
              placeholder={t('plan.childDraftBodyPlaceholder')}
            />
          </Form.Item>
        </VerticalForm>
      </FormModal>
    </>
  );
}
