import { FileTextOutlined, RobotOutlined, SoundOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import type { AssistantAnswer, PassageHit } from './api.ts';
import { assistantApi } from './api.ts';
import { DraftBulletinModal } from './DraftBulletinModal.tsx';
import { citationNumbers } from './highlight.ts';
import { MARK_STYLE } from './Marked.tsx';
import { PassageDrawer } from './PassageDrawer.tsx';
import { ReferenceDocumentsTab } from './ReferenceDocumentsTab.tsx';

/** The question's length the server asks for (assistantQuestion). */
const MIN_QUESTION = 3;

/** A number in the answer that opens the passage its sentence was taken from. */
function Citation({ number, onOpen }: { number: number; onOpen: () => void }) {
  const t = useT();
  return (
    <Button
      type="link"
      size="small"
      onClick={onOpen}
      aria-label={t('assistant.citation', { number })}
      data-testid="answer-citation"
      style={{ padding: '0 2px', height: 'auto', verticalAlign: 'baseline' }}
    >
      [{number}]
    </Button>
  );
}

/** One passage found: its document, where in it, and the sentence of it that answers best. */
function PassageCard({
  passage,
  number,
  onOpen,
}: {
  passage: PassageHit;
  number: number;
  onOpen: () => void;
}) {
  const t = useT();
  return (
    <Card size="small" data-testid="answer-passage">
      <Flex gap={8} align="baseline">
        <Tag color="red">{number}</Tag>
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text strong>{passage.title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[
              t(`assistant.kind.${passage.sourceKind}`),
              passage.section,
              passage.page === null ? '' : t('assistant.page', { page: passage.page }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
          <Typography.Paragraph style={{ margin: '4px 0 0' }}>
            <mark style={MARK_STYLE} data-testid="passage-quote">
              {passage.quote}
            </mark>
          </Typography.Paragraph>
          <div>
            <Button
              type="link"
              size="small"
              icon={<FileTextOutlined />}
              onClick={onOpen}
              style={{ paddingInline: 0 }}
            >
              {t('assistant.open')}
            </Button>
          </div>
        </Flex>
      </Flex>
    </Card>
  );
}

/** The question box, the answer with its numbered citations, and the passages it came from. */
function AskPanel() {
  const t = useT();
  const me = useMe();
  const [form] = Form.useForm<{ question: string }>();
  const { saving, error, submit } = useSubmit(form);
  const [answer, setAnswer] = useState<AssistantAnswer | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const [drafting, setDrafting] = useState(false);
  const numbers = useMemo(() => citationNumbers(answer?.passages ?? []), [answer]);
  const openedHit = answer?.passages.find((passage) => passage.id === opened) ?? null;

  const ask = async () => {
    await submit(async ({ question }) => {
      setAnswer(await assistantApi.answer(question.trim()));
      setOpened(null);
    });
  };

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <ErrorAlert error={error} />
        <VerticalForm<{ question: string }> form={form} name="assistant-question">
          <Form.Item
            name="question"
            label={t('assistant.question')}
            rules={[
              { required: true, whitespace: true, message: t('common.required') },
              { min: MIN_QUESTION, message: t('assistant.questionTooShort') },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={500}
              placeholder={t('assistant.questionPlaceholder')}
              onPressEnter={(event) => {
                // Enter asks; Shift+Enter starts a new line.
                if (event.shiftKey) return;
                event.preventDefault();
                void ask();
              }}
            />
          </Form.Item>
          <Button type="primary" icon={<RobotOutlined />} loading={saving} onClick={() => void ask()}>
            {t('assistant.ask')}
          </Button>
        </VerticalForm>
      </Card>

      {answer?.notFound && (
        <Notice
          type="info"
          title={answer.notFound}
          description={t('assistant.notFoundHelp')}
          data-testid="assistant-not-found"
        />
      )}
      {answer?.answer && answer.answer.sentences.length > 0 && (
        <Card
          title={t('assistant.answer')}
          extra={<Tag>{t(`assistant.mode.${answer.answer.mode}`)}</Tag>}
          style={{ marginBottom: 16 }}
          data-testid="assistant-answer"
        >
          <Typography.Paragraph style={{ fontSize: 15 }}>
            {answer.answer.sentences.map((sentence, index) => {
              const number = numbers.get(sentence.passageId);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the sentences of one answer never move.
                <span key={index} data-testid="answer-sentence">
                  {sentence.text}
                  {number !== undefined && (
                    <Citation number={number} onOpen={() => setOpened(sentence.passageId)} />
                  )}{' '}
                </span>
              );
            })}
          </Typography.Paragraph>
          {me.abilities.broadcast && (
            <Button icon={<SoundOutlined />} onClick={() => setDrafting(true)}>
              {t('assistant.draft.fromAnswer')}
            </Button>
          )}
        </Card>
      )}
      {answer && answer.passages.length > 0 && (
        <>
          <Typography.Title level={5}>{t('assistant.passages')}</Typography.Title>
          <Flex vertical gap={8} data-testid="answer-passages">
            {answer.passages.map((passage) => (
              <PassageCard
                key={passage.id}
                passage={passage}
                number={numbers.get(passage.id) ?? 0}
                onOpen={() => setOpened(passage.id)}
              />
            ))}
          </Flex>
        </>
      )}

      {opened && (
        <PassageDrawer
          passageId={opened}
          quote={openedHit?.quote ?? null}
          number={numbers.get(opened) ?? null}
          onClose={() => setOpened(null)}
        />
      )}
      {answer && drafting && (
        <DraftBulletinModal
          open={drafting}
          from={{ kind: 'answer', question: answer.question }}
          onClose={() => setDrafting(false)}
        />
      )}
    </>
  );
}

const TABS = ['ask', 'references'] as const;
type Tab = (typeof TABS)[number];

/**
 * The assistant: questions answered from the sources the person may read, each sentence citing its
 * passage; for those who manage plans, the reference documents it quotes.
 */
export default function AssistantPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const canManage = me.abilities.managePlans;
  const tab: Tab = (canManage && TABS.find((candidate) => candidate === params.get('tab'))) || 'ask';
  const title = <PageTitle title={t('assistant.title')} subtitle={t('assistant.subtitle')} />;
  if (!canManage) {
    return (
      <>
        {title}
        <AskPanel />
      </>
    );
  }
  return (
    <>
      {title}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'ask', label: t('assistant.tab.ask'), children: <AskPanel /> },
          { key: 'references', label: t('assistant.tab.references'), children: <ReferenceDocumentsTab /> },
        ]}
      />
    </>
  );
}
