import { ExportOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { formatNumber } from '../../shared/format.ts';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useResource } from '../../shared/useResource.ts';
import { type Contest, publicContestPath, quizApi } from './api.ts';
import { ContestPending, ContestStatusTag, formatVnDateTime, QuizGuard } from './common.tsx';

type Round = Contest['rounds'][number];

function roundState(round: Round, now: number): 'upcoming' | 'open' | 'closed' {
  if (Date.parse(round.opensAt) > now) return 'upcoming';
  return Date.parse(round.closesAt) < now ? 'closed' : 'open';
}

const ROUND_COLORS = { upcoming: 'default', open: 'processing', closed: 'success' } as const;

function Exclusions({ contest, onChanged }: { contest: Contest; onChanged: () => Promise<void> }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ citizenIds: string }>();
  const [saving, setSaving] = useState(false);
  const submit = async ({ citizenIds }: { citizenIds: string }) => {
    const ids = citizenIds
      .split(/[\s,;]+/u)
      .map((s) => s.trim())
      .filter(Boolean);
    setSaving(true);
    try {
      await quizApi.exclude(contest.id, ids);
      void message.success(t('quiz.contest.excluded'));
      form.resetFields();
      await onChanged();
    } catch (caught) {
      form.setFields([{ name: 'citizenIds', errors: [errorText(caught, t)] }]);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title={t('quiz.contest.exclusions')} style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap style={{ marginBottom: 16 }} data-testid="quiz-exclusions">
        {contest.excluded.length === 0 ? (
          <Typography.Text type="secondary">{t('quiz.contest.noExclusions')}</Typography.Text>
        ) : (
          contest.excluded.map((mask) => <Tag key={mask}>{mask}</Tag>)
        )}
      </Flex>
      <Form
        form={form}
        name="quiz-exclusions"
        layout="vertical"
        onFinish={(v) => void submit(v)}
        requiredMark={false}
      >
        <Form.Item
          name="citizenIds"
          label={t('quiz.contest.exclusionsHint')}
          rules={[{ required: true, whitespace: true, message: t('quiz.validation.citizenIds') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} style={{ maxWidth: 420 }} />
        </Form.Item>
        <Button htmlType="submit" loading={saving}>
          {t('quiz.contest.exclude')}
        </Button>
      </Form>
    </Card>
  );
}

function ContestView() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const fetch = useCallback(async (accept: (c: Contest) => void) => accept(await quizApi.contest(id)), [id]);
  const { resource, reload } = useResource(fetch, { spinner: 'once' });
  const [publishing, setPublishing] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  if (resource.state !== 'ok') return <ContestPending resource={resource} />;
  const contest = resource.data;
  const now = Date.now();
  const publicUrl = `${window.location.origin}${publicContestPath(contest.id)}`;
  const perAttempt = contest.topicQuotas.reduce((n, q) => n + q.count, 0);

  const publish = async () => {
    setPublishing(true);
    setActionError(null);
    try {
      await quizApi.publish(contest.id, contest.version);
      void message.success(t('quiz.contest.published'));
      await reload();
    } catch (caught) {
      setActionError(errorText(caught, t));
    } finally {
      setPublishing(false);
    }
  };

  return (
    <>
      <PageTitle
        title={contest.title}
        sub={
          <Space style={{ marginTop: 4 }}>
            <ContestStatusTag status={contest.status} />
            <Typography.Text type="secondary">
              {t('quiz.contests.participants')}: {formatNumber(contest.participants)}
            </Typography.Text>
          </Space>
        }
        extra={
          contest.status === 'published' ? (
            <a href={publicContestPath(contest.id)} target="_blank" rel="noreferrer">
              <Button icon={<ExportOutlined />}>{t('quiz.contest.publicPage')}</Button>
            </a>
          ) : (
            <Popconfirm
              title={t('quiz.contest.publishConfirm')}
              okText={t('quiz.contest.publish')}
              cancelText={t('common.cancel')}
              onConfirm={() => publish()}
            >
              <Button type="primary" icon={<SendOutlined />} loading={publishing}>
                {t('quiz.contest.publish')}
              </Button>
            </Popconfirm>
          )
        }
      />
      <ErrorAlert error={actionError} />
      {contest.status === 'published' ? (
        <Notice
          type="success"
          title={
            <>
              {t('quiz.contest.publicPageHint')}{' '}
              <Typography.Link
                href={publicContestPath(contest.id)}
                target="_blank"
                copyable={{ text: publicUrl }}
              >
                {publicUrl}
              </Typography.Link>
            </>
          }
        />
      ) : (
        <Alert type="info" showIcon title={t('quiz.contest.notPublished')} style={{ marginBottom: 16 }} />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('quiz.form.groups')}>
            {contest.eligibleGroups.map((g) => t(`quiz.group.${g}`)).join('; ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('quiz.contest.timeLimit')}>
            {t('quiz.contest.minutes', { count: formatNumber(Math.round(contest.timeLimitSeconds / 60)) })}
          </Descriptions.Item>
          <Descriptions.Item label={t('quiz.contest.attempts')}>
            {formatNumber(contest.attemptsPerRound)}
          </Descriptions.Item>
          <Descriptions.Item label={t('quiz.contest.questionsPerAttempt')}>
            {formatNumber(perAttempt)} (
            {contest.topicQuotas.map((q) => `${q.topic}: ${formatNumber(q.count)}`).join('; ')})
          </Descriptions.Item>
          <Descriptions.Item label={t('quiz.form.prediction')}>
            {t('quiz.form.predictionText')}
          </Descriptions.Item>
          <Descriptions.Item label={t('quiz.contest.prizes')}>
            {contest.prizeTiers.length
              ? contest.prizeTiers.map((p) => `${p.name}: ${formatNumber(p.count)}`).join('; ')
              : t('quiz.contest.noPrizes')}
          </Descriptions.Item>
          {contest.description && (
            <Descriptions.Item label={t('quiz.form.description')} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {contest.description}
              </Typography.Paragraph>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('quiz.contest.rounds')} style={{ marginBottom: 16 }}>
        <Table<Round>
          data-testid="quiz-rounds-table"
          size="small"
          rowKey="id"
          dataSource={contest.rounds}
          pagination={false}
          columns={[
            {
              title: t('quiz.contest.round'),
              dataIndex: 'number',
              width: 90,
              render: (n: number) => t('quiz.contest.roundN', { n }),
            },
            {
              title: t('quiz.contest.opensAt'),
              dataIndex: 'opensAt',
              render: (iso: string) => formatVnDateTime(iso),
            },
            {
              title: t('quiz.contest.closesAt'),
              dataIndex: 'closesAt',
              render: (iso: string) => formatVnDateTime(iso),
            },
            {
              title: t('quiz.contest.roundStatus'),
              key: 'state',
              width: 130,
              render: (_v, round) => {
                const state = roundState(round, now);
                return <Tag color={ROUND_COLORS[state]}>{t(`quiz.round.${state}`)}</Tag>;
              },
            },
            {
              title: t('quiz.contest.results'),
              key: 'results',
              width: 130,
              render: (_v, round) =>
                contest.status === 'published' && roundState(round, now) === 'closed' ? (
                  <Link to={`/quiz/contests/${contest.id}/rounds/${round.number}`}>
                    {t('quiz.contest.results')}
                  </Link>
                ) : (
                  <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
                ),
            },
          ]}
        />
      </Card>
      <Exclusions contest={contest} onChanged={reload} />
      <Button onClick={() => navigate('/quiz/contests')}>{t('quiz.contest.back')}</Button>
    </>
  );
}

export default function ContestPage() {
  return (
    <QuizGuard>
      <ContestView />
    </QuizGuard>
  );
}
