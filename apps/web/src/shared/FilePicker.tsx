import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import type { ReactNode } from 'react';

/**
 * A drop zone for one file, kept in the page's state rather than sent by the component: the
 * picked file shows as the only entry and can be removed.
 */
export function FilePicker({
  accept,
  file,
  onPick,
  onRemove,
  drop,
  testId,
}: {
  accept: string;
  file: File | null;
  onPick: (file: File) => void;
  onRemove: () => void;
  /** The text in the drop zone. */
  drop: ReactNode;
  testId: string;
}) {
  return (
    <Upload.Dragger
      accept={accept}
      maxCount={1}
      multiple={false}
      beforeUpload={(picked) => {
        onPick(picked);
        return false;
      }}
      onRemove={onRemove}
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
