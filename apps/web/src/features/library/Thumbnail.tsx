import {
  AudioOutlined,
  FileImageOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import type { MediaKind } from '@lantoa/domain/constants';
import { useState } from 'react';
import { type LibraryItem, libraryApi } from './api.ts';

const ICONS: Record<MediaKind, React.ReactNode> = {
  image: <FileImageOutlined />,
  pdf: <FilePdfOutlined />,
  word: <FileWordOutlined />,
  audio: <AudioOutlined />,
  video: <VideoCameraOutlined />,
};

/** The item's thumbnail (server-made WebP), or an icon of its file type when it has none. */
export function Thumbnail({ item, height = 160 }: { item: LibraryItem; height?: number }) {
  const [failed, setFailed] = useState(false);
  const box: React.CSSProperties = {
    height,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    background: '#fafafa',
    overflow: 'hidden',
  };
  if (!item.hasThumbnail || failed) {
    return (
      <div style={{ ...box, fontSize: height / 3, color: '#bfbfbf' }} aria-hidden>
        {ICONS[item.mediaKind]}
      </div>
    );
  }
  return (
    <div style={box}>
      <img
        src={libraryApi.thumbnailUrl(item.id, item.version)}
        alt={item.title}
        data-testid="item-thumbnail"
        onError={() => setFailed(true)}
        style={{ maxWidth: '100%', maxHeight: height, objectFit: 'contain' }}
      />
    </div>
  );
}
