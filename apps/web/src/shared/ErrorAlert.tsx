import { Alert } from 'antd';

/** The error of a request, above a form or a table: nothing when there is none; `onClose` lets it be closed. */
export function ErrorAlert({
  error,
  onClose,
  testId,
}: {
  error: string | null;
  onClose?: () => void;
  testId?: string;
}) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={error}
      style={{ marginBottom: 16 }}
      {...(onClose ? { closable: true, onClose } : {})}
      data-testid={testId}
    />
  );
}
