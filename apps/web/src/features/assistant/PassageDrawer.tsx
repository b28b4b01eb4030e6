import { Drawer, Flex, Grid, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { assistantApi, sourcePath } from './api.ts';
import { quoteSpan } from './highlight.ts';
import { Marked } from './Marked.tsx';

const AROUND_STYLE = { color: 'rgba(0, 0, 0, 0.55)', whiteSpace: 'pre-wrap' as const, fontSize: 13 };

/**
 * A cited passage opened in its document: the passage before it and after it in grey, the passage
 * itself with the quote the answer used marked, and a link to the document where the app has a page.
 */
export function PassageDrawer({
  passageId,
  quote,
  number,
  onClose,
}: {
  passageId: string;
  quote: string | null;
  number: number | null;
  onClose: () => void;
}) {
  const t = useT();
  const narrow = Grid.useBreakpoint().md === false;
  const fetchPassage = useCallback(() => assistantApi.passage(passageId), [passageId]);
  const { data, loading, error } = useFetched(fetchPassage);
  const passage = data?.id === passageId ? data : null;
  const span = passage && quote ? quoteSpan(passage.text, quote) : null;
  const path = passage ? sourcePath(passage.sourceKind, passage.sourceId) : null;

  return (
    <Drawer
      open
      onClose={onClose}
      size={narrow ? '100%' : 600}
      loading={loading && !passage}
      title={number === null ? t('assistant.passage.title') : `[${number}] ${t('assistant.passage.title')}`}
      data-testid="passage-drawer"
    >
      <ErrorAlert error={error} />
      {passage && (
        <Flex vertical gap={12}>
          <div>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {passage.title}
            </Typography.Title>
            <Flex gap={4} wrap align="center" style={{ marginTop: 4 }}>
              <Tag>{t(`assistant.kind.${passage.sourceKind}`)}</Tag>
              {passage.section && <Typography.Text type="secondary">{passage.section}</Typography.Text>}
              {passage.page !== null && (
                <Typography.Text type="secondary">
                  · {t('assistant.page', { page: passage.page })}
                </Typography.Text>
              )}
            </Flex>
          </div>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('assistant.passage.before')}
            </Typography.Text>
            <div style={AROUND_STYLE} data-testid="passage-before">
              {passage.before ?? t('assistant.passage.start')}
            </div>
          </div>
          <div
            style={{ whiteSpace: 'pre-wrap', borderInlineStart: '3px solid #b4232a', paddingInlineStart: 12 }}
            data-testid="passage-text"
          >
            <Marked text={passage.text} spans={span ? [span] : []} />
          </div>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('assistant.passage.after')}
            </Typography.Text>
            <div style={AROUND_STYLE} data-testid="passage-after">
              {passage.after ?? t('assistant.passage.end')}
            </div>
          </div>
          {path && <Link to={path}>{t('assistant.passage.openSource')}</Link>}
        </Flex>
      )}
    </Drawer>
  );
}
