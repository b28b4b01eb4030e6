import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { passwordRules } from './passwordRules.ts';

/** A password being chosen (a new account's, a reset or a change): the server's length, hidden as typed. */
export function NewPasswordField({ name, label }: { name: string; label: ReactNode }) {
  const t = useT();
  return (
    <Form.Item name={name} label={label} rules={passwordRules(t)}>
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
