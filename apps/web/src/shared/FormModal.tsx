import { Modal, type ModalProps } from 'antd';
import { useT } from '../i18n/i18n.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';

type Props = Omit<ModalProps, 'confirmLoading'> & {
  /** The save is running: the OK button spins. */
  saving: boolean;
  /** The error of the last save, shown above the form. */
  error?: string | null;
  errorTestId?: string;
};

/**
 * The dialog around a form: Cancel as the other button, the save's error above the content, and
 * the content dropped when closed (`destroyOnHidden={false}` keeps a form that is always rendered).
 */
export function FormModal({ saving, error = null, errorTestId, children, ...modal }: Props) {
  const t = useT();
  return (
    <Modal cancelText={t('common.cancel')} destroyOnHidden confirmLoading={saving} {...modal}>
      <ErrorAlert error={error} testId={errorTestId} />
      {children}
    </Modal>
  );
}
