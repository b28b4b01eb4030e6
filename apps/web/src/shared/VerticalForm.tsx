import { Form, type FormProps } from 'antd';
import type { ReactNode } from 'react';

type Props<Values> = Omit<FormProps<Values>, 'layout' | 'requiredMark' | 'children'> & {
  children?: ReactNode;
};

/**
 * A form the app's way: each label above its field, and no asterisk on the required ones (a field
 * left empty says so itself when the form is checked).
 */
export function VerticalForm<Values = unknown>(props: Props<Values>) {
  return <Form<Values> layout="vertical" requiredMark={false} {...props} />;
}
