import { InboxOutlined } from '@ant-design/icons';
import { Form, Upload } from 'antd';
import { type ReactNode, useCallback, useEffect, useState } from 'react';

/**
 * The file a dialog will send, kept in the dialog's state rather than sent by the picker: none again
 * each time the dialog opens, and the dialog's last error goes when a file is picked or removed.
 * Spread the answer on the `FilePicker` (or `FileField`).
 */
export function usePickedFile(open: boolean, setError: (error: string | null) => void) {
  const [file, setFile] = useState<File | null>(null);
  useEffect(() => {
    if (open) setFile(null);
  }, [open]);
  const onChange = useCallback(
    (picked: File | null) => {
      setFile(picked);
      setError(null);
    },
    [setError],
  );
  return { file, onChange };
}

interface PickerProps {
  accept: string;
  file: File | null;
  /** A file picked, or null when it is removed. */
  onChange: (file: File | null) => void;
  /** The text in the drop zone. */
  drop: ReactNode;
  testId: string;
}

/** A drop zone for one file: the picked file shows as the only entry and can be removed. */
export function FilePicker({ accept, file, onChange, drop, testId }: PickerProps) {
  return (
    <Upload.Dragger
      accept={accept}
      maxCount={1}
      multiple={false}
      beforeUpload={(picked) => {
        onChange(picked);
        return false;
      }}
      onRemove={() => onChange(null)}
      fileList={file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done' as const }] : []}
      data-testid={testId}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{drop}</p>
    </Upload.Dragger>
  );
}

/** The file a form cannot be sent without: its label, a hint below, and the drop zone. */
export function FileField({ label, hint, ...picker }: PickerProps & { label: ReactNode; hint: ReactNode }) {
  return (
    <Form.Item label={label} extra={hint} required>
      <FilePicker {...picker} />
    </Form.Item>
  );
}
