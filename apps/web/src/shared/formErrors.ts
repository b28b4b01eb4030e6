import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.ts';
import type { Translate } from '../i18n/i18n.tsx';
import { errorText } from './errors.ts';

/**
 * Shows a failed save: on the form field the server named, if the form has it; otherwise the
 * returned text is meant for an alert above the form.
 */
export function applyServerError<T>(form: FormInstance<T>, error: unknown, t: Translate): string | null {
  const text = errorText(error, t);
  if (error instanceof ApiError && error.field) {
    const field = error.field;
    if (
      form.getFieldInstance(field as never) !== undefined ||
      field in (form.getFieldsValue(true) as object)
    ) {
      form.setFields([{ name: field as never, errors: [text] }]);
      return null;
    }
  }
  return text;
}
