import { Collapse, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { sourcePath } from '../assistant/api.ts';
import type { Bulletin } from './api.ts';

/**
 * Where each sentence of a drafted bulletin came from (kept as drafted): what a broadcaster checks
 * before airing it, since nothing aired may be without a source.
 */
export function DraftSources({ bulletin }: { bulletin: Bulletin }) {
  const t = useT();
  if (bulletin.sources.length === 0) return null;
  return (
    <Collapse
      size="small"
      style={{ marginTop: 16 }}
      data-testid="draft-sources"
      items={[
        {
          key: 'sources',
          label: t('broadcast.sources.title'),
          children: (
            <Flex vertical gap={8}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('broadcast.sources.hint')}
              </Typography.Text>
              {bulletin.sources.map((sentence, index) => {
                const source = sentence.source;
                const path =
                  !source || source.kind === 'task'
                    ? null
                    : source.kind === 'science_task'
                      ? `/science-tasks/${source.id}`
                      : sourcePath(source.kind, source.id);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the drafted sentences never move.
                  <div key={index} data-testid="draft-source">
                    <Typography.Text>{sentence.text}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {source ? (
                        <>
                          {path ? <Link to={path}>{source.title}</Link> : source.title}
                          {source.section ? ` › ${source.section}` : ''}
                        </>
                      ) : (
                        t('broadcast.sources.none')
                      )}
                    </Typography.Text>
                  </div>
                );
              })}
            </Flex>
          ),
        },
      ]}
    />
  );
}
