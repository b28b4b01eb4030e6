import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Statistic, Table, Tabs, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { saveFile } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { errorText } from '../../shared/errors.ts';
import { formatNumber } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { useResource } from '../../shared/useResource.ts';
import { quizApi, type ResultEntry, type RoundResults } from './api.ts';
import { ContestPending, formatVnDateTime, QuizGuard } from './common.tsx';

function useRankingColumns() {
  const t = useT();
  return [
    { title: t('quiz.results.rank'), dataIndex: 'rank', width: 70 },
    { title: t('quiz.results.name'), dataIndex: 'name' },
    { title: t('quiz.results.citizenId'), dataIndex: 'citizenId', width: 150 },
    { title: t('quiz.results.body'), dataIndex: 'body' },
    {
      title: t('quiz.results.correct'),
      key: 'correct',
      width: 110,
      align: 'right' as const,
      render: (_v: unknown, e: ResultEntry) => `${formatNumber(e.correct)}/${formatNumber(e.total)}`,
    },
    {
      title: t('quiz.results.prediction'),
      dataIndex: 'prediction',
      width: 110,
      align: 'right' as const,
      render: (v: number | null) => (v === null ? t('common.none') : formatNumber(v)),
    },
    {
      title: t('quiz.results.distance'),
      dataIndex: 'predictionDistance',
      width: 110,
      align: 'right' as const,
      render: (v: number | null) => (v === null ? t('common.none') : formatNumber(v)),
    },
    {
      title: t('quiz.results.duration'),
      dataIndex: 'durationMs',
      width: 110,
      align: 'right' as const,
      render: (ms: number) => t('quiz.results.seconds', { value: formatNumber(Math.round(ms / 100) / 10) }),
    },
    {
      title: t('quiz.results.attempts'),
      dataIndex: 'attempts',
      width: 90,
      align: 'right' as const,
      render: (n: number) => formatNumber(n),
    },
  ];
}

function Results() {
  const t = useT();
  const { message } = App.useApp();
  const { id = '', number = '1' } = useParams();
  const round = Number(number);
  const fetch = useCallback(
    async (accept: (r: RoundResults) => void) => accept(await quizApi.results(id, round)),
    [id, round],
  );
  const { resource } = useResource(fetch);
  const columns = useRankingColumns();
  const [exporting, setExporting] = useState(false);

  if (resource.state !== 'ok') return <ContestPending resource={resource} />;
  const results = resource.data;

  const download = async () => {
    setExporting(true);
    try {
      saveFile(await quizApi.resultsXlsx(id, round), `ket-qua-vong-${round}.xlsx`);
    } catch (caught) {
      void message.error(errorText(caught, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageTitle
        title={t('quiz.results.title', { n: round })}
        sub={
          <Typography.Text type="secondary">
            <Link to={`/quiz/contests/${id}`}>{t('quiz.contest.back')}</Link> ·{' '}
            {t('quiz.results.closedAt', { date: formatVnDateTime(results.round.closesAt) })}
          </Typography.Text>
        }
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void download()}>
            {t('quiz.results.export')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Statistic
          title={t('quiz.results.participants')}
          value={results.participants}
          formatter={(v) => formatNumber(Number(v))}
        />
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'ranking',
              label: t('quiz.results.ranking'),
              children: (
                <Table<ResultEntry>
                  data-testid="quiz-ranking"
                  size="small"
                  rowKey={(e) => `${e.rank}-${e.citizenId}`}
                  dataSource={results.ranking}
                  columns={columns}
                  pagination={clientPagination(50)}
                  locale={{ emptyText: t('quiz.results.empty') }}
                  scroll={{ x: 960 }}
                />
              ),
            },
            {
              key: 'winners',
              label: t('quiz.results.winners'),
              children:
                results.winners.length === 0 ? (
                  <Empty description={t('quiz.results.noWinners')} />
                ) : (
                  results.winners.map((tier) => (
                    <div key={tier.tier} style={{ marginBottom: 24 }}>
                      <Typography.Title level={5}>{tier.tier}</Typography.Title>
                      <Table<ResultEntry>
                        size="small"
                        rowKey={(e) => `${e.rank}-${e.citizenId}`}
                        dataSource={tier.winners}
                        columns={columns}
                        pagination={false}
                        locale={{ emptyText: t('quiz.results.noWinners') }}
                        scroll={{ x: 960 }}
                      />
                    </div>
                  ))
                ),
            },
            {
              key: 'tallies',
              label: t('quiz.results.tallies'),
              children: (
                <Table
                  size="small"
                  rowKey="bodyId"
                  dataSource={results.tallies}
                  pagination={clientPagination(50)}
                  locale={{ emptyText: t('quiz.results.empty') }}
                  columns={[
                    { title: t('quiz.results.body'), dataIndex: 'body' },
                    {
                      title: t('quiz.results.participants'),
                      dataIndex: 'participants',
                      align: 'right',
                      render: (n: number) => formatNumber(n),
                    },
                    {
                      title: t('quiz.results.attempts'),
                      dataIndex: 'attempts',
                      align: 'right',
                      render: (n: number) => formatNumber(n),
                    },
                    {
                      title: t('quiz.results.meanScore'),
                      dataIndex: 'meanScore',
                      align: 'right',
                      render: (n: number) => formatNumber(Math.round(n * 100) / 100),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

export default function RoundResultsPage() {
  return (
    <QuizGuard>
      <Results />
    </QuizGuard>
  );
}
