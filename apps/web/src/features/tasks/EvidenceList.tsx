import { FileOutlined, LinkOutlined } from '@ant-design/icons';
import { Flex, Image, Typography } from 'antd';
import { fileUrl } from '../../api/endpoints.ts';
import type { Evidence } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { webLink } from '../../shared/webLink.ts';

const isImage = (e: Evidence) => Boolean(e.file?.mediaType?.startsWith('image/'));

/** Evidence of an occurrence: images as thumbnails (click to enlarge), files and links as links. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const t = useT();
  if (evidence.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const images = evidence.filter(isImage);
  const others = evidence.filter((e) => !isImage(e));
  return (
    <Flex vertical gap={4}>
      {images.length > 0 && (
        <Image.PreviewGroup>
          <Flex gap={4} wrap>
            {images.map((e) => (
              <Image
                key={e.id}
                src={fileUrl(e.file?.id ?? '')}
                alt={e.file?.name ?? ''}
                width={64}
                height={64}
                style={{ objectFit: 'cover', borderRadius: 4, border: '1px solid #f0f0f0' }}
                data-testid="evidence-thumbnail"
              />
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {others.map((e) => {
        if (e.file) {
          return (
            <Typography.Link key={e.id} href={fileUrl(e.file.id)} download={e.file.name ?? true}>
              <FileOutlined /> {e.file.name}
            </Typography.Link>
          );
        }
        const href = webLink(e.url);
        return href ? (
          <Typography.Link key={e.id} href={href} target="_blank" rel="noopener noreferrer" ellipsis>
            <LinkOutlined /> {e.url}
          </Typography.Link>
        ) : (
          <Typography.Text key={e.id} ellipsis>
            <LinkOutlined /> {e.url}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}
