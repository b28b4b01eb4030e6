import { BODY_KINDS } from '@lantoa/domain/constants';
import { App, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { bodiesApi } from '../../api/endpoints.ts';
import type { Body, BodyBrief, BodyKind } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { isStatus } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';

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
  const { saving, error, setError, submit } = useSubmit(form);
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
  }, [open, editing, parentKind, form, setError]);

  const save = () =>
    submit(
      async (values) => {
        const input = {
          name: values.name.trim(),
          kind: values.kind,
          code: values.code?.trim() || null,
          shortNames: values.shortNames.map((s) => s.trim()).filter(Boolean),
          aliases: values.aliases.map((s) => s.trim()).filter(Boolean),
        };
        const { body } =
          props.mode === 'edit'
            ? await bodiesApi.update(props.body.id, { ...input, version: props.body.version })
            : await bodiesApi.create({ ...input, parentId: props.parent.id });
        void message.success(t(props.mode === 'edit' ? 'bodies.updated' : 'bodies.created'));
        props.onSaved(body);
      },
      (caught, otherwise) => {
        if (props.mode !== 'edit' || !isStatus(caught, 409)) return otherwise();
        void message.warning(t('bodies.stale'));
        props.onStale?.();
        props.onClose();
        return null;
      },
    );

  return (
    <FormModal
      open={open}
      title={props.mode === 'edit' ? t('bodies.edit') : `${t('bodies.addChild')} · ${props.parent.name}`}
      okText={props.mode === 'edit' ? t('common.save') : t('common.create')}
      onOk={() => void save()}
      onCancel={props.onClose}
      saving={saving}
      error={error}
      forceRender
      destroyOnHidden={false}
      width={600}
    >
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
    </FormModal>
  );
}
