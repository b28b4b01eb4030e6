import type { FormInstance } from 'antd';
import { useCallback, useEffect } from 'react';
import { usePickedFile } from './FilePicker.tsx';
import { useSubmit } from './useSubmit.ts';

/**
 * The save of a dialog that sends one picked file (an upload, an import): the file, none again and
 * with no error left each time the dialog opens, and `send`, which runs the upload with it, or says
 * `missing` above the form when no file is picked. Given the `form`, the server's errors go to its
 * fields, as with `useSubmit`.
 */
export function useFileSubmit<T = unknown>(open: boolean, missing: string, form?: FormInstance<T>) {
  const { saving, error, setError, run } = useSubmit(form);
  const picked = usePickedFile(open, setError);
  useEffect(() => {
    if (open) setError(null);
  }, [open, setError]);
  const { file } = picked;
  const send = useCallback(
    async <R>(upload: (file: File) => Promise<R>): Promise<R | null> => {
      if (!file) {
        setError(missing);
        return null;
      }
      return run(() => upload(file));
    },
    [file, missing, run, setError],
  );
  return { saving, error, setError, picked, send };
}
