import { App } from 'antd';
import { useState } from 'react';
import { type MessageKey, useT } from '../i18n/i18n.tsx';
import { errorText } from './errors.ts';

/**
 * Deleting a row of a list: which row is being deleted (its button spins), a message once it is gone
 * or why it was refused, and the list read again either way (a row someone else changed or removed
 * shows as it now is).
 */
export function useRowDelete<Row extends { id: string }>(
  remove: (row: Row) => Promise<unknown>,
  deleted: MessageKey,
  reload: () => Promise<unknown>,
) {
  const t = useT();
  const { message } = App.useApp();
  const [deleting, setDeleting] = useState<string | null>(null);
  const deleteRow = async (row: Row) => {
    setDeleting(row.id);
    try {
      await remove(row);
      void message.success(t(deleted));
    } catch (caught) {
      void message.error(errorText(caught, t));
    } finally {
      setDeleting(null);
      void reload();
    }
  };
  return { deleting, deleteRow };
}
