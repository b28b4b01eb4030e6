import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PARTICIPANT_GROUPS, type ParticipantGroup } from '@lantoa/domain/constants';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { DATE_FORMAT, formatNumber } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { type PrizeTier, quizApi, type TopicQuota } from './api.ts';
import { formatVnDateTime, OrganiserSelect, QuizGuard, useOrganisers } from './common.tsx';

interface Values {
  bodyId: string;
  title: string;
  description?: string;
  eligibleGroups: ParticipantGroup[];
  startsOn: Dayjs | null;
  weeks: number;
  topicQuotas: TopicQuota[];
  timeLimitMinutes: number;
  attemptsPerRound: number;
  prizeTiers: PrizeTier[];
}

const DAY = 86_400_000;

/** The weekly rounds the server will create: from 00:00 of each first day to 23:59:59 of the seventh (UTC+7). */
function previewRounds(startsOn: Dayjs | null | undefined, weeks: number | null | undefined) {
  if (!startsOn || !weeks || weeks < 1) return [];
  const start = Date.parse(`${startsOn.format('YYYY-MM-DD')}T00:00:00+07:00`);
  return Array.from({ length: Math.min(weeks, 52) }, (_, i) => ({
    number: i + 1,
    opensAt: new Date(start + i * 7 * DAY).toISOString(),
    closesAt: new Date(start + (i + 1) * 7 * DAY - 1000).toISOString(),
  }));
}

function ContestForm() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { organisers, error: organisersError, bodyId } = useOrganisers();
  const [topicCounts, setTopicCounts] = useState<Map<string, number>>(new Map());
  const { saving, error, run } = useSubmit(form);
  const pickedBody = Form.useWatch('bodyId', form);
  const startsOn = Form.useWatch('startsOn', form);
  const weeks = Form.useWatch('weeks', form);
  const quotas = Form.useWatch('topicQuotas', form);

  useEffect(() => {
    if (bodyId && !form.getFieldValue('bodyId')) form.setFieldValue('bodyId', bodyId);
  }, [bodyId, form]);

  // Topics of the bank, with how many active questions each holds, for the quotas.
  useEffect(() => {
    if (!pickedBody) return;
    let live = true;
    quizApi
      .questions(pickedBody)
      .then((result) => {
        if (!live) return;
        const counts = new Map<string, number>();
        for (const q of result.items) if (q.active) counts.set(q.topic, (counts.get(q.topic) ?? 0) + 1);
        setTopicCounts(counts);
        const current = form.getFieldValue('topicQuotas') as TopicQuota[] | undefined;
        const [first] = counts.keys();
        if (first && (!current || current.every((q) => !q?.topic)))
          form.setFieldValue('topicQuotas', [{ topic: first, count: Math.min(10, counts.get(first) ?? 1) }]);
      })
      .catch(() => live && setTopicCounts(new Map()));
    return () => {
      live = false;
    };
  }, [pickedBody, form]);

  const rounds = useMemo(() => previewRounds(startsOn, weeks), [startsOn, weeks]);
  const total = (quotas ?? []).reduce((n, q) => n + (Number(q?.count) || 0), 0);

  const submit = (values: Values) =>
    run(async () => {
      const created = await quizApi.createContest({
        bodyId: values.bodyId,
        title: values.title.trim(),
        description: values.description?.trim() ?? '',
        eligibleGroups: values.eligibleGroups,
        topicQuotas: values.topicQuotas.map((q) => ({ topic: q.topic, count: q.count })),
        timeLimitSeconds: Math.round(values.timeLimitMinutes * 60),
        attemptsPerRound: values.attemptsPerRound,
        prizeTiers: values.prizeTiers
          .filter((p) => p?.name?.trim())
          .map((p) => ({ name: p.name.trim(), count: p.count })),
        startsOn: (values.startsOn as Dayjs).format('YYYY-MM-DD'),
        weeks: values.weeks,
      });
      void message.success(t('quiz.form.created'));
      void navigate(`/quiz/contests/${created.id}`);
    });

  if (organisers && organisers.length === 0)
    return <Alert type="warning" showIcon title={organisersError ?? t('quiz.noOrganiser')} />;

  return (
    <>
      <PageTitle title={t('quiz.form.title')} />
      <ErrorAlert error={error} />
      <VerticalForm<Values>
        form={form}
        name="quiz-contest"
        onFinish={(values) => void submit(values)}
        initialValues={{
          eligibleGroups: [...PARTICIPANT_GROUPS],
          startsOn: dayjs().add(7, 'day'),
          weeks: 4,
          topicQuotas: [{ topic: undefined, count: 10 }],
          timeLimitMinutes: 10,
          attemptsPerRound: 7,
          prizeTiers: [
            { name: t('quiz.form.defaultTier1'), count: 1 },
            { name: t('quiz.form.defaultTier2'), count: 2 },
            { name: t('quiz.form.defaultTier3'), count: 3 },
          ],
        }}
        style={{ maxWidth: 960 }}
      >
        <Card title={t('quiz.form.general')} style={{ marginBottom: 16 }}>
          <Form.Item name="bodyId" label={t('quiz.organiser')} hidden={(organisers?.length ?? 0) <= 1}>
            <OrganiserSelect id="quiz-contest_bodyId" organisers={organisers ?? []} />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('quiz.form.contestTitle')}
            rules={[{ required: true, whitespace: true, message: t('quiz.validation.title') }]}
          >
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="description" label={t('quiz.form.description')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20_000} />
          </Form.Item>
          <Form.Item
            name="eligibleGroups"
            label={t('quiz.form.groups')}
            extra={t('quiz.form.groupsHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('quiz.validation.groups') }]}
          >
            <Checkbox.Group
              options={PARTICIPANT_GROUPS.map((g) => ({ value: g, label: t(`quiz.group.${g}`) }))}
            />
          </Form.Item>
        </Card>

        <Card title={t('quiz.form.rounds')} style={{ marginBottom: 16 }}>
          <Flex gap={16} wrap>
            <Form.Item
              name="startsOn"
              label={t('quiz.form.startsOn')}
              rules={[{ required: true, message: t('quiz.validation.startsOn') }]}
            >
              <DatePicker format={DATE_FORMAT} allowClear={false} />
            </Form.Item>
            <Form.Item name="weeks" label={t('quiz.form.weeks')} rules={[{ required: true }]}>
              <InputNumber min={1} max={52} precision={0} />
            </Form.Item>
          </Flex>
          <Typography.Paragraph type="secondary">{t('quiz.form.roundsHint')}</Typography.Paragraph>
          <Table
            size="small"
            rowKey="number"
            dataSource={rounds}
            pagination={false}
            scroll={{ y: 240 }}
            columns={[
              { title: t('quiz.contest.round'), dataIndex: 'number', width: 80 },
              {
                title: t('quiz.contest.opensAt'),
                dataIndex: 'opensAt',
                render: (iso: string) => formatVnDateTime(iso),
              },
              {
                title: t('quiz.contest.closesAt'),
                dataIndex: 'closesAt',
                render: (iso: string) => `${formatVnDateTime(iso)}:59`,
              },
            ]}
          />
        </Card>

        <Card title={t('quiz.form.rules')} style={{ marginBottom: 16 }}>
          <Typography.Text strong>{t('quiz.form.quotas')}</Typography.Text>
          <Typography.Paragraph type="secondary">{t('quiz.form.quotasHint')}</Typography.Paragraph>
          <Form.List
            name="topicQuotas"
            rules={[
              {
                validator: async (_rule, value: TopicQuota[] | undefined) => {
                  if (!value || value.length === 0) throw new Error(t('quiz.validation.quotas'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="flex-start" wrap>
                    <Form.Item
                      name={[field.name, 'topic']}
                      rules={[{ required: true, message: t('quiz.validation.quotaTopic') }]}
                      style={{ minWidth: 320, marginBottom: 8 }}
                    >
                      <Select
                        aria-label={t('quiz.form.quotaTopic')}
                        placeholder={t('quiz.form.quotaTopic')}
                        options={[...topicCounts].map(([topic, count]) => ({
                          value: topic,
                          label: `${topic} (${t('quiz.form.available', { count: formatNumber(count) })})`,
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'count']}
                      rules={[{ required: true }]}
                      style={{ marginBottom: 8 }}
                    >
                      <InputNumber
                        aria-label={t('quiz.form.quotaCount')}
                        min={0}
                        max={100}
                        precision={0}
                        suffix={t('quiz.form.quotaCount').toLowerCase()}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('quiz.form.remove')}
                      disabled={fields.length <= 1}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Flex gap={16} align="center" style={{ marginBottom: 16 }}>
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ count: 5 })}
                    disabled={fields.length >= 30}
                  >
                    {t('quiz.form.addQuota')}
                  </Button>
                  <Typography.Text>
                    {t('quiz.form.totalQuestions', { count: formatNumber(total) })}
                  </Typography.Text>
                </Flex>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
          <Flex gap={16} wrap>
            <Form.Item name="timeLimitMinutes" label={t('quiz.form.timeLimit')} rules={[{ required: true }]}>
              <InputNumber min={1} max={120} precision={0} />
            </Form.Item>
            <Form.Item name="attemptsPerRound" label={t('quiz.form.attempts')} rules={[{ required: true }]}>
              <InputNumber min={1} max={100} precision={0} />
            </Form.Item>
          </Flex>
          <Form.Item label={t('quiz.form.prediction')} extra={t('quiz.form.predictionHint')}>
            <Typography.Text strong>{t('quiz.form.predictionText')}</Typography.Text>
          </Form.Item>
        </Card>

        <Card title={t('quiz.form.prizes')} style={{ marginBottom: 16 }}>
          <Form.List name="prizeTiers">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="flex-start">
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[{ required: true, whitespace: true, message: t('quiz.validation.tierName') }]}
                      style={{ minWidth: 260, marginBottom: 8 }}
                    >
                      <Input aria-label={t('quiz.form.tierName')} maxLength={100} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'count']}
                      rules={[{ required: true }]}
                      style={{ marginBottom: 8 }}
                    >
                      <InputNumber aria-label={t('quiz.form.tierCount')} min={1} max={1000} precision={0} />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('quiz.form.remove')}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ name: '', count: 1 })}
                  disabled={fields.length >= 20}
                >
                  {t('quiz.form.addTier')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('quiz.form.submit')}
          </Button>
          <Button onClick={() => navigate('/quiz/contests')}>{t('common.cancel')}</Button>
        </Flex>
      </VerticalForm>
    </>
  );
}

export default function ContestFormPage() {
  return (
    <QuizGuard>
      <ContestForm />
    </QuizGuard>
  );
}
