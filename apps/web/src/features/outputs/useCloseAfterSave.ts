import { App } from 'antd';
import { useT } from '../../i18n/i18n.tsx';
import { isStaleVersion } from '../../shared/staleVersion.ts';
import type { OnSubmitError } from '../../shared/useSubmit.ts';

/**
 * How the register's dialogs (an output, a channel) end a save: saved, they say so, have the list
 * read again and close; refused because someone changed the row since the list was read, they say
 * that instead and close the same way, so the row is corrected as it now is.
 */
export function useCloseAfterSave(onSaved: () => void, onClose: () => void) {
  const t = useT();
  const { message } = App.useApp();
  const close = () => {
    onSaved();
    onClose();
  };
  const saved = (text: string) => {
    void message.success(text);
    close();
  };
  const whenStale: OnSubmitError = (caught, otherwise) => {
    if (!isStaleVersion(caught)) return otherwise();
    void message.error(t('outputs.stale'));
    close();
    return null;
  };
  return { saved, whenStale };
}
