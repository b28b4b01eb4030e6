import type { BodyKind } from '@lantoa/domain/constants';
import { addDays, vietnamToday } from '@lantoa/domain/rules';
import { App, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { DayPicker } from '../../shared/DayPicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatNumber } from '../../shared/format.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { useReadableBodies } from '../training/labels.tsx';
import { outputsApi } from './api.ts';

/** The kinds of body below that may be asked to publish: those that publish, not teams. */
const PUBLISHING_KINDS = [
  'commune',
  'village',
  'department',
  'press_agency',
  'pc_office',
  'school',
  'association',
  'business',
  'other',
] as const satisfies readonly BodyKind[];

interface Values {
  targetBodyId: string;
  bodyKinds: BodyKind[];
  dueOn: Dayjs;
  note?: string;
}

/** Days a body is given, by default, to publish what it was sent. */
const DEFAULT_DAYS = 7;

/**
 * An approved library item sent down ("publish once, everywhere below"): the bodies of some kinds
 * under a body each get a to-do to publish it on their channels by a date, and tick where they did.
 */
export function PushModal({ item, onClose }: { item: { id: string; title: string }; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const bodies = useReadableBodies();
  const today = vietnamToday();

  const save = () =>
    submit(async (values) => {
      const note = values.note?.trim();
      const { id, bodies: asked } = await outputsApi.push(item.id, {
        targetBodyId: values.targetBodyId,
        bodyKinds: values.bodyKinds,
        dueOn: values.dueOn.format('YYYY-MM-DD'),
        ...(note ? { note } : {}),
      });
      void message.success(t('outputs.push.sent', { n: formatNumber(asked) }));
      onClose();
      void navigate(`/outputs/pushes/${id}`);
    });

  return (
    <FormModal
      open
      title={t('outputs.push.title')}
      okText={t('outputs.push.send')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="push-form-error"
      width={600}
      data-testid="push-form"
    >
      <Typography.Paragraph strong>{item.title}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('outputs.push.hint')}</Typography.Paragraph>
      <VerticalForm<Values>
        form={form}
        name="push"
        initialValues={{
          // The subtree the person acts for (a province's coordinator works from a department), not
          // their home body: a department has no communes below it.
          targetBodyId: me.user.roles[0]?.scopeBodyId ?? me.user.body.id,
          bodyKinds: ['commune'],
          dueOn: dayjs(addDays(today, DEFAULT_DAYS)),
        }}
      >
        <Form.Item name="targetBodyId" label={t('outputs.push.target')} rules={[{ required: true }]}>
          <BodySelect initial={bodies} />
        </Form.Item>
        <Form.Item
          name="bodyKinds"
          label={t('outputs.push.bodyKinds')}
          rules={[{ required: true, type: 'array', min: 1, message: t('outputs.push.pickKind') }]}
        >
          <Select
            mode="multiple"
            options={PUBLISHING_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            data-testid="push-kinds"
          />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('outputs.push.dueOn')}
          rules={[
            { required: true },
            {
              validator: (_rule, value: Dayjs | undefined) =>
                value && value.format('YYYY-MM-DD') < today
                  ? Promise.reject(new Error(t('outputs.push.duePast')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DayPicker allowClear={false} />
        </Form.Item>
        <Form.Item name="note" label={t('outputs.push.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}
