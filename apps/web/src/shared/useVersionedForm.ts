import { App, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { isStatus } from './errors.ts';
import { useSubmit } from './useSubmit.ts';

/**
 * The form of a page that edits one versioned row in place (a bulletin, a draft press release). The
 * form follows the saved row, on load and after each save (when another version arrives), and
 * `dirty` says whether it was changed since. `save` sends the form with the row's version; a save
 * refused because the row changed meanwhile (409) reads it again and sets `stale`, rather than
 * overwriting someone else's work. `save` answers the row saved, or null.
 */
export function useVersionedForm<Row extends { id: string; version: number }, Values>({
  form,
  row,
  valuesOf,
  update,
  accept,
  reload,
  savedText,
}: {
  form: FormInstance<Values>;
  /** The row edited; null while there is none to edit (loading, or no longer a draft). */
  row: Row | null;
  valuesOf: (row: Row) => Values;
  /** Sends the values with the row's version, and answers the row saved. */
  update: (row: Row, values: Values) => Promise<Row>;
  /** The page's resource: takes the row saved, or reads it again. */
  accept: (row: Row) => void;
  reload: () => Promise<void>;
  /** What a save says when it went through. */
  savedText: string;
}) {
  const { message } = App.useApp();
  const { saving, error, submit } = useSubmit(form);
  const [dirty, setDirty] = useState(false);
  const [stale, setStale] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another version arrives.
  useEffect(() => {
    if (!row) return;
    form.setFieldsValue(valuesOf(row));
    setDirty(false);
  }, [form, row?.id, row?.version]);

  const save = async (): Promise<Row | null> => {
    if (!row) return null;
    return submit(
      async (values) => {
        const saved = await update(row, values);
        accept(saved);
        setStale(false);
        void message.success(savedText);
        return saved;
      },
      async (caught, otherwise) => {
        if (!isStatus(caught, 409)) return otherwise();
        setStale(true);
        await reload();
        return null;
      },
    );
  };

  return {
    saving,
    error,
    dirty,
    markDirty: () => setDirty(true),
    stale,
    clearStale: () => setStale(false),
    save,
  };
}
