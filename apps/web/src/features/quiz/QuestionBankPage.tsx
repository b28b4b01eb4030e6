import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { saveFile } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { errorText } from '../../shared/errors.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { rowOpens } from '../../shared/rowLinks.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { type QuizQuestion, quizApi } from './api.ts';
import { difficultyLabel, difficultyOptions, OrganiserSelect, QuizGuard, useOrganisers } from './common.tsx';
import { ImportQuestionsModal } from './ImportQuestionsModal.tsx';
import { QuestionFormModal } from './QuestionFormModal.tsx';

function QuestionBank() {
  const t = useT();
  const { message } = App.useApp();
  const { organisers, error: organisersError, bodyId, setBodyId } = useOrganisers();
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query.trim(), 250);
  const [topic, setTopic] = useState<string | undefined>(undefined);
  const [difficulty, setDifficulty] = useState<number | undefined>(undefined);
  const [topics, setTopics] = useState<string[]>([]);
  const [editing, setEditing] = useState<QuizQuestion | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const fetchQuestions = useCallback(async () => {
    if (!bodyId) return null;
    const result = await quizApi.questions(bodyId, { topic, q: debounced || undefined });
    // The topic filter keeps every topic on offer, not only the filtered one.
    if (!topic) setTopics(result.topics);
    return result.items;
  }, [bodyId, topic, debounced]);
  const { data: items, loading, error, reload } = useFetched(fetchQuestions);

  const shown = useMemo(
    () => (items ?? []).filter((q) => difficulty === undefined || q.difficulty === difficulty),
    [items, difficulty],
  );

  const download = async () => {
    if (!bodyId) return;
    setExporting(true);
    try {
      saveFile(await quizApi.exportQuestions(bodyId), 'ngan-hang-cau-hoi.xlsx');
    } catch (caught) {
      void message.error(errorText(caught, t));
    } finally {
      setExporting(false);
    }
  };

  if (organisers && organisers.length === 0)
    return <Alert type="warning" showIcon title={organisersError ?? t('quiz.noOrganiser')} />;

  return (
    <>
      <PageTitle
        title={t('quiz.questions.title')}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              disabled={!bodyId}
              onClick={() => void download()}
            >
              {t('quiz.questions.export')}
            </Button>
            <Button icon={<UploadOutlined />} disabled={!bodyId} onClick={() => setImporting(true)}>
              {t('quiz.questions.import')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!bodyId}
              onClick={() => setEditing('new')}
            >
              {t('quiz.questions.add')}
            </Button>
          </>
        }
      />
      <Card>
        <FilterBar>
          {organisers && organisers.length > 1 && (
            <OrganiserSelect organisers={organisers} value={bodyId} onChange={setBodyId} />
          )}
          <SearchFilter label={t('quiz.questions.search')} value={query} onChange={setQuery} width={360} />
          <SelectFilter
            label={t('quiz.questions.topic')}
            placeholder={t('quiz.questions.allTopics')}
            value={topic}
            onChange={setTopic}
            options={topics.map((x) => ({ value: x, label: x }))}
            width={220}
          />
          <SelectFilter
            label={t('quiz.questions.difficulty')}
            placeholder={t('quiz.questions.allDifficulties')}
            value={difficulty}
            onChange={setDifficulty}
            options={difficultyOptions(t)}
            width={160}
          />
          <Typography.Text type="secondary">
            {t('quiz.questions.count', { count: formatNumber(shown.length) })}
          </Typography.Text>
        </FilterBar>
        <ListTable<QuizQuestion>
          testId="quiz-questions-table"
          rows={shown}
          loading={loading || !bodyId}
          error={error}
          empty={t('quiz.questions.empty')}
          pagination={clientPagination(20)}
          onRow={rowOpens(setEditing)}
          columns={[
            { title: t('quiz.questions.code'), dataIndex: 'code', width: 130 },
            {
              title: t('quiz.questions.text'),
              dataIndex: 'text',
              render: (text: string) => <Typography.Text>{text}</Typography.Text>,
            },
            { title: t('quiz.questions.topic'), dataIndex: 'topic', width: 200 },
            {
              title: t('quiz.questions.difficulty'),
              dataIndex: 'difficulty',
              width: 120,
              render: (d: number) => difficultyLabel(t, d),
            },
            {
              title: t('quiz.questions.correct'),
              key: 'correct',
              width: 90,
              render: (_v, row) =>
                row.options
                  .filter((o) => o.correct)
                  .map((o) => o.key)
                  .join(', '),
            },
            {
              title: t('quiz.questions.status'),
              dataIndex: 'active',
              width: 120,
              render: (active: boolean) =>
                active ? (
                  <Tag color="green">{t('quiz.questions.active')}</Tag>
                ) : (
                  <Tag>{t('quiz.questions.inactive')}</Tag>
                ),
            },
          ]}
        />
      </Card>
      {bodyId && (
        <>
          <QuestionFormModal
            open={editing !== null}
            bodyId={bodyId}
            question={editing === 'new' ? null : editing}
            topics={topics}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              void reload();
            }}
          />
          <ImportQuestionsModal
            open={importing}
            bodyId={bodyId}
            onClose={() => setImporting(false)}
            onImported={() => void reload()}
          />
        </>
      )}
    </>
  );
}

export default function QuestionBankPage() {
  return (
    <QuizGuard>
      <QuestionBank />
    </QuizGuard>
  );
}
