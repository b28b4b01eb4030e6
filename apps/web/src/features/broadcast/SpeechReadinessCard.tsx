import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Flex, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { type Translate, useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { asChecked, distinctFindings } from '../assistant/highlight.ts';
import { Marked } from '../assistant/Marked.tsx';
import { type Bulletin, type SpeechFinding, type SpeechReadiness, speechApi } from './api.ts';
import { PronunciationModal } from './PronunciationModal.tsx';

const FINDING_STYLE = {
  background: '#ffe7ba',
  borderBottom: '2px solid #fa8c16',
  padding: '0 1px',
  borderRadius: 2,
};

const findingHelp = (t: Translate, finding: SpeechFinding) =>
  `${t(`broadcast.speech.kind.${finding.kind}`)}. ${
    finding.suggestion
      ? t('broadcast.speech.suggestion', { spoken: finding.suggestion })
      : t('broadcast.speech.noSuggestion')
  }`;

/** One part (title or text) as written, each place the engine may say wrong marked. */
function MarkedPart({ text, readiness }: { text: string; readiness: SpeechReadiness }) {
  const t = useT();
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>
      <Marked
        text={text}
        spans={readiness.findings}
        mark={(piece, index) => {
          const finding = readiness.findings[index];
          return (
            <Tooltip title={finding ? findingHelp(t, finding) : null}>
              <mark style={FINDING_STYLE} data-testid="speech-finding" data-written={finding?.written}>
                {piece}
              </mark>
            </Tooltip>
          );
        }}
      />
    </Typography.Paragraph>
  );
}

/**
 * "Ready to be spoken": the saved title and text as the engine will say them with the body's
 * pronunciation list, the words it may say wrong marked in the text as written, each with what is
 * wrong and a reading to add to the list (after which the check runs again and the mark is gone).
 */
export function SpeechReadinessCard({
  bulletin,
  dirty,
  onListChanged,
}: {
  bulletin: Bulletin;
  dirty: boolean;
  /** The list changed: recordings of this body may now be stale. */
  onListChanged: () => void;
}) {
  const t = useT();
  const bodyId = bulletin.body.id;
  // The server counts its places in the NFC, trimmed text: the marks are drawn on that same text.
  const title = asChecked(bulletin.title);
  const text = asChecked(bulletin.text);
  const check = useCallback(
    () => Promise.all([speechApi.readiness({ text: title, bodyId }), speechApi.readiness({ text, bodyId })]),
    [title, text, bodyId],
  );
  const { data, loading, error, reload } = useFetched(check);
  const [adding, setAdding] = useState<SpeechFinding | null>(null);
  const [titleCheck, textCheck] = data ?? [null, null];
  const findings = titleCheck && textCheck ? [...titleCheck.findings, ...textCheck.findings] : [];
  const words = distinctFindings(findings);

  return (
    <Card
      size="small"
      title={t('broadcast.speech.title')}
      extra={
        <Button
          size="small"
          type="text"
          icon={<ReloadOutlined />}
          loading={loading}
          onClick={() => void reload()}
          aria-label={t('broadcast.speech.recheck')}
        />
      }
      style={{ marginBottom: 16 }}
      data-testid="speech-readiness"
    >
      <ErrorAlert error={error} />
      {dirty && <Notice type="warning" title={t('broadcast.speech.unsaved')} />}
      {titleCheck && textCheck && (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('broadcast.speech.hint')}
          </Typography.Paragraph>
          {findings.length === 0 ? (
            <Notice type="success" title={t('broadcast.speech.ready')} data-testid="speech-ready" />
          ) : (
            <Tag color="orange" style={{ marginBottom: 8 }} data-testid="speech-finding-count">
              {t('broadcast.speech.count', { count: findings.length })}
            </Tag>
          )}
          <Typography.Text strong>{t('broadcast.speech.part.title')}</Typography.Text>
          <MarkedPart text={title} readiness={titleCheck} />
          <Typography.Text strong>{t('broadcast.speech.part.text')}</Typography.Text>
          <div style={{ maxHeight: 320, overflow: 'auto' }}>
            <MarkedPart text={text} readiness={textCheck} />
          </div>
          {words.length > 0 && (
            <Flex vertical gap={8} style={{ margin: '8px 0' }}>
              {words.map(({ finding, count }) => (
                <Flex
                  key={`${finding.kind}:${finding.written}`}
                  vertical
                  gap={2}
                  style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}
                  data-testid="speech-finding-row"
                >
                  <Flex gap={8} align="center" wrap>
                    <mark style={FINDING_STYLE}>{finding.written}</mark>
                    {count > 1 && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('broadcast.speech.times', { count })}
                      </Typography.Text>
                    )}
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {findingHelp(t, finding)}
                  </Typography.Text>
                  {bulletin.canEdit && (
                    <div>
                      <Button
                        size="small"
                        icon={<PlusOutlined />}
                        onClick={() => setAdding(finding)}
                        aria-label={`${t('broadcast.speech.add')}: ${finding.written}`}
                      >
                        {t('broadcast.speech.add')}
                      </Button>
                    </div>
                  )}
                </Flex>
              ))}
            </Flex>
          )}
          <Collapse
            size="small"
            ghost
            items={[
              {
                key: 'spoken',
                label: t('broadcast.speech.spoken'),
                children: (
                  <Typography.Paragraph
                    style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
                    data-testid="speech-spoken"
                  >
                    {`${titleCheck.spoken}\n${textCheck.spoken}`}
                  </Typography.Paragraph>
                ),
              },
            ]}
          />
        </>
      )}
      {adding && (
        <PronunciationModal
          bodyId={bodyId}
          initial={{ written: adding.written, spoken: adding.suggestion ?? '' }}
          onClose={() => setAdding(null)}
          onSaved={() => {
            void reload();
            onListChanged();
          }}
        />
      )}
    </Card>
  );
}
