import { Form } from 'antd';
import { type ReactNode, useEffect } from 'react';
import type { User } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { type OnSubmitError, useSubmit } from '../../shared/useSubmit.ts';

interface Props<Values> {
  /** The account; null while the dialog is closed. */
  user: User | null;
  title: 'users.editTitle' | 'users.resetPasswordTitle';
  /** The form's name (its fields' ids). */
  name: string;
  /** The values the form starts from for an account (a module function: it is a dependency). */
  fill?: (user: User) => Partial<Values>;
  /** Sends the checked values; its failure shows above the form, or as `onError` decides. */
  onSave: (values: Values, user: User) => Promise<void>;
  onError?: OnSubmitError;
  onClose: () => void;
  width?: number;
  /** The form's fields. */
  children: ReactNode;
}

/**
 * A dialog about one account, titled with its username, around a form that stays rendered while
 * closed: each time an account is opened the form starts again from `fill` (or empty), without the
 * last error, and Save checks it before `onSave`.
 */
export function AccountModal<Values>({
  user,
  title,
  name,
  fill,
  onSave,
  onError,
  onClose,
  width,
  children,
}: Props<Values>) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, submit } = useSubmit(form);

  useEffect(() => {
    if (!user) return;
    setError(null);
    form.resetFields();
    if (fill) form.setFieldsValue(fill(user));
  }, [user, fill, form, setError]);

  return (
    <FormModal
      open={user !== null}
      title={user ? t(title, { username: user.username }) : ''}
      okText={t('common.save')}
      onOk={() => user && void submit((values) => onSave(values, user), onError)}
      onCancel={onClose}
      saving={saving}
      error={error}
      forceRender
      destroyOnHidden={false}
      width={width}
    >
      <Form<Values> form={form} name={name} layout="vertical">
        {children}
      </Form>
    </FormModal>
  );
}
