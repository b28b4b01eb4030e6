import { Notice } from './Notice.tsx';

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
    <Notice
      type="error"
      title={error}
      {...(onClose ? { closable: true, onClose } : {})}
      data-testid={testId}
    />
  );
}
