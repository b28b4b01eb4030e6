import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { errorText } from './errors.ts';
import { applyServerError } from './formErrors.ts';

/**
 * Decides what a failed save shows above the form; `otherwise` is the usual text (the field the
 * server named gets the message, or the alert does). May do more (reload, close) before answering.
 */
export type OnSubmitError = (
  caught: unknown,
  otherwise: () => string | null,
) => string | null | Promise<string | null>;

/**
 * One save at a time: `saving` while the action runs, and the `error` to show above the form
 * (cleared when a save starts). `run` answers the action's result, or null when it failed;
 * `submit` first checks the form (its fields say what to fix, and nothing is sent), then runs
 * `save` with its values.
 */
export function useSubmit<T = unknown>(form?: FormInstance<T>) {
  const t = useT();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <R>(action: () => Promise<R>, onError?: OnSubmitError): Promise<R | null> => {
      setSaving(true);
      setError(null);
      try {
        return await action();
      } catch (caught) {
        const otherwise = () => (form ? applyServerError(form, caught, t) : errorText(caught, t));
        setError(onError ? await onError(caught, otherwise) : otherwise());
        return null;
      } finally {
        setSaving(false);
      }
    },
    [form, t],
  );
  const submit = useCallback(
    async <R>(save: (values: T) => Promise<R>, onError?: OnSubmitError): Promise<R | null> => {
      if (!form) throw new Error('useSubmit: submit checks a form, and none was given');
      // A rejection here would go unhandled from a dialog's onOk: the fields show the problems.
      const values = await form.validateFields().then(
        (valid) => ({ valid }),
        () => null,
      );
      return values ? run(() => save(values.valid), onError) : null;
    },
    [form, run],
  );
  return { saving, error, setError, run, submit };
}
