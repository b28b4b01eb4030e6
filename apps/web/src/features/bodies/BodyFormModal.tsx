import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { bodiesApi } from '../../api/endpoints.ts';
import { BODY_KINDS, type Body, type BodyBrief, type BodyKind } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { isStatus } from '../../shared/errors.ts';
import { applyServerError } from '../../shared/formErrors.ts';

interface Values {
  name: string;
  kind: BodyKind;
  code?: string;
  shortNames: string[];
  aliases: string[];
}

type Props = {
  open: boolean;
  onClose: () => void;
  onSaved: (body: Body) => void;
  /** Called on a version conflict, so the page reloads the body. */
  onStale?: () => void;
} & ({ mode: 'create'; parent: BodyBrief } | { mode: 'edit'; body: Body });

/** Kind a new child most likely has, given its parent's kind. */
function defaultChildKind(parent: BodyKind): BodyKind {
  if (parent === 'country') return 'province';
  if (parent === 'province') return 'commune';
  if (parent === 'commune') return 'village';
  if (parent === 'village') return 'digital_team';
  return 'other';
}

export function BodyFormModal(props: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { open } = props;
  const editing = props.mode === 'edit' ? props.body : null;
  const parentKind = props.mode === 'create' ? props.parent.kind : null;

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      editing
        ? {
            name: editing.name,
            kind: editing.kind,
            code: editing.code ?? '',
            shortNames: editing.shortNames,
            aliases: editing.aliases,
          }
        : { name: '', kind: defaultChildKind(parentKind ?? 'other'), code: '', shortNames: [], aliases: [] },
    );
  }, [open, editing, parentKind, form]);

  const submit = async () => {
    const values = await form.validateFields();
    const input = {
      name: values.name.trim(),
      kind: values.kind,
      code: values.code?.trim() || null,
      shortNames: values.shortNames.map((s) => s.trim()).filter(Boolean),
      aliases: values.aliases.map((s) => s.trim()).filter(Boolean),
    };
    setSaving(true);
    setError(null);
    try {
      const { body } =
        props.mode === 'edit'
          ? await bodiesApi.update(props.body.id, { ...input, version: props.body.version })
          : await bodiesApi.create({ ...input, parentId: props.parent.id });
      message.success(t(props.mode === 'edit' ? 'bodies.updated' : 'bodies.created'));
      props.onSaved(body);
    } catch (caught) {
      if (props.mode === 'edit' && isStatus(caught, 409)) {
        message.warning(t('bodies.stale'));
        props.onStale?.();
        props.onClose();
      } else {
        setError(applyServerError(form, caught, t));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={props.mode === 'edit' ? t('bodies.edit') : `${t('bodies.addChild')} · ${props.parent.name}`}
      okText={props.mode === 'edit' ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={props.onClose}
      confirmLoading={saving}
      forceRender
      width={600}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} name={`body-${props.mode}`} layout="vertical">
        <Form.Item
          name="name"
          label={t('bodies.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('bodies.kind')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select options={BODY_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('bodies.code')}
          extra={t('bodies.codeHint')}
          rules={[{ pattern: /^\d{2}(\d{3})?$/, message: t('bodies.codeHint') }]}
        >
          <Input style={{ maxWidth: 160 }} />
        </Form.Item>
        <Form.Item name="shortNames" label={t('bodies.shortNames')} extra={t('bodies.listHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[';']} />
        </Form.Item>
        <Form.Item name="aliases" label={t('bodies.aliases')} extra={t('bodies.listHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[';']} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
