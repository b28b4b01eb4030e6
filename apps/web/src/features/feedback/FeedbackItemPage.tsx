import type { FeedbackRejectReason } from '@lantoa/domain/constants';
import { Button, Card, Descriptions, Form, Input, Popconfirm, Radio, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { formatNumber } from '../../shared/format.ts';
import { MainWithAside } from '../../shared/MainWithAside.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { type RecordSteps, useRecordStep } from '../../shared/useRecordStep.ts';
import { useResource } from '../../shared/useResource.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { formatInstant, formatInstantDay } from '../outputs/labels.tsx';
import { type FeedbackItem, feedbackApi } from './api.ts';
import { DueText, StatusTag, useFeedbackLabels } from './labels.tsx';

const NOT_FOUND: NotFound = {
  title: 'feedback.item.notFound',
  to: '/feedback',
  back: 'feedback.item.back',
};

type ItemSteps = RecordSteps<FeedbackItem>;

/**
 * One citizen's feedback: what was sent (text, photo, place, the sender's contact details), the body
 * it is routed to and its deadline, the answer, the publication of the question and answer with
 * personal data removed, or the refusal with its reason. Each card acts for those the server says may
 * (`can`): the site's coordinators route, publish and refuse; the handler's people answer.
 */
export default function FeedbackItemPage() {
  const t = useT();
  const { id = '' } = useParams();
  const fetchItem = useCallback(
    async (accept: (item: FeedbackItem) => void) => accept(await feedbackApi.get(id)),
    [id],
  );
  const { resource, accept, reload } = useResource(fetchItem, { spinner: 'once' });
  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;
  const item = resource.data;
  const steps: ItemSteps = { item, accept, reload };

  return (
    <>
      <PageTitle
        title={t('feedback.item.title', { code: item.code })}
        sub={
          <div>
            <StatusTag status={item.status} overdue={item.overdue} />
            <Typography.Text type="secondary">
              {item.site.name} · {t('feedback.item.receivedAt', { at: formatInstant(item.createdAt) })} ·{' '}
              {t('feedback.ageDays', { n: formatNumber(item.ageDays) })}
            </Typography.Text>
          </div>
        }
      />
      <MainWithAside
        main={
          <>
            <SentCard item={item} />
            <AnswerCard steps={steps} />
            <PublishCard steps={steps} />
          </>
        }
        aside={
          <>
            <RouteCard steps={steps} />
            <RejectCard steps={steps} />
          </>
        }
      />
    </>
  );
}

/** What the citizen sent: topic, text, place, contact details (shown only to those who read the item), photo. */
function SentCard({ item }: { item: FeedbackItem }) {
  const t = useT();
  const labels = useFeedbackLabels();
  const contact = item.contact;
  const hasContact = contact && (contact.name || contact.phone || contact.email);
  const place = [item.place, item.placeBody?.name].filter(Boolean).join(' · ');
  const photo = feedbackApi.photoUrl(item.id);
  return (
    <Card title={t('feedback.item.sent')} style={{ marginBottom: 16 }} data-testid="feedback-sent">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'topic', label: t('feedback.item.topic'), children: labels.topicName(item.topic) },
          {
            key: 'text',
            label: t('feedback.item.text'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{item.text}</span>,
          },
          { key: 'place', label: t('feedback.item.place'), children: place || t('common.none') },
          {
            key: 'contact',
            label: t('feedback.item.contact'),
            children: hasContact ? (
              <span data-testid="feedback-contact">
                {[contact.name, contact.phone, contact.email].filter(Boolean).join(' · ')}
              </span>
            ) : (
              t('feedback.item.noContact')
            ),
          },
          {
            key: 'follow',
            label: t('feedback.item.follow'),
            children: (
              <a href={item.followPath} target="_blank" rel="noopener noreferrer">
                {t('feedback.item.followOpen')}
              </a>
            ),
          },
        ]}
      />
      {hasContact && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
          {t('feedback.item.contactPrivate')}
        </Typography.Paragraph>
      )}
      {item.hasPhoto && (
        <>
          <Typography.Title level={5}>{t('feedback.item.photo')}</Typography.Title>
          <a href={photo} target="_blank" rel="noopener noreferrer">
            <img
              src={photo}
              alt={t('feedback.item.photoAlt', { code: item.code })}
              style={{ maxWidth: '100%', maxHeight: 420, border: '1px solid #d9d9d9', borderRadius: 6 }}
              data-testid="feedback-photo"
            />
          </a>
        </>
      )}
    </Card>
  );
}

/** The site's coordinators give the item to a body of the site, which answers within the site's days. */
function RouteCard({ steps }: { steps: ItemSteps }) {
  const t = useT();
  const { item } = steps;
  const [handlerId, setHandlerId] = useState<string | undefined>(item.handler?.id);
  const { saving, error, go } = useRecordStep(steps);
  const initial = useMemo(
    () => (item.handler ? [{ ...item.handler, kind: 'commune' as const }] : []),
    [item.handler],
  );
  return (
    <Card title={t('feedback.route.title')} style={{ marginBottom: 16 }} data-testid="feedback-route">
      <Typography.Paragraph>
        {item.handler ? t('feedback.route.current', { name: item.handler.name }) : t('feedback.notRouted')}
      </Typography.Paragraph>
      {item.status === 'routed' && (
        <Typography.Paragraph>
          <DueText dueOn={item.dueOn} overdue={item.overdue} />
          {item.routedAt && (
            <Typography.Text type="secondary">
              {' '}
              · {t('feedback.route.routedOn', { date: formatInstantDay(item.routedAt) })}
            </Typography.Text>
          )}
        </Typography.Paragraph>
      )}
      {item.can.route && (
        <>
          <ErrorAlert error={error} testId="route-error" />
          <BodySelect
            value={handlerId ?? null}
            onChange={(value) => setHandlerId(value)}
            initial={initial}
            within={item.site.id}
            ariaLabel={t('feedback.route.handler')}
            id="feedback-handler"
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('feedback.route.hint')}
          </Typography.Paragraph>
          <Button
            type="primary"
            block
            loading={saving}
            disabled={!handlerId || handlerId === item.handler?.id}
            onClick={() =>
              void go(
                () => feedbackApi.route(item.id, { handlerBodyId: handlerId ?? '', version: item.version }),
                t('feedback.route.done'),
              )
            }
            data-testid="route-send"
          >
            {t('feedback.route.button')}
          </Button>
        </>
      )}
    </Card>
  );
}

interface AnswerValues {
  answer: string;
}

/** The handler's answer: a form while it may be given or corrected, else the answer as given. */
function AnswerCard({ steps }: { steps: ItemSteps }) {
  const t = useT();
  const { item } = steps;
  const [form] = Form.useForm<AnswerValues>();
  const { saving, error, go } = useRecordStep(steps, form);
  useEffect(() => {
    form.setFieldsValue({ answer: item.answer });
  }, [form, item.answer]);
  if (!item.can.answer && !item.answer) return null;
  const save = () =>
    form.validateFields().then(
      (values) =>
        go(
          () => feedbackApi.answer(item.id, { answer: values.answer.trim(), version: item.version }),
          t('feedback.answer.done'),
        ),
      () => null,
    );
  const by = [item.answeredBy, item.answeredAt && formatInstant(item.answeredAt)].filter(Boolean).join(' · ');
  return (
    <Card title={t('feedback.answer.title')} style={{ marginBottom: 16 }} data-testid="feedback-answer">
      {item.can.answer ? (
        <>
          <ErrorAlert error={error} testId="answer-error" />
          {item.dueOn && item.status === 'routed' && (
            <Typography.Paragraph>
              <DueText dueOn={item.dueOn} overdue={item.overdue} />
            </Typography.Paragraph>
          )}
          <VerticalForm<AnswerValues> form={form} name="feedback-answer">
            <Form.Item
              name="answer"
              label={t('feedback.answer.label')}
              extra={t('feedback.answer.hint')}
              rules={[{ required: true, whitespace: true, message: t('feedback.answer.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={10000} />
            </Form.Item>
          </VerticalForm>
          {by && (
            <Typography.Paragraph type="secondary">{t('feedback.answer.by', { by })}</Typography.Paragraph>
          )}
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="answer-save">
            {item.answer ? t('feedback.answer.update') : t('feedback.answer.save')}
          </Button>
        </>
      ) : (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{item.answer}</Typography.Paragraph>
          <Typography.Text type="secondary">{t('feedback.answer.by', { by })}</Typography.Text>
        </>
      )}
    </Card>
  );
}

interface PublishValues {
  publicQuestion: string;
  publicAnswer: string;
}

/**
 * The publication: the question and answer as the public page will show them, proposed with phone
 * numbers, e-mails and identity numbers removed, edited by the coordinator before approval (and
 * corrected after); once published, the link to the public page.
 */
function PublishCard({ steps }: { steps: ItemSteps }) {
  const t = useT();
  const { item } = steps;
  const [form] = Form.useForm<PublishValues>();
  const { saving, error, go } = useRecordStep(steps, form);
  useEffect(() => {
    form.setFieldsValue({
      publicQuestion: item.proposedPublication.question,
      publicAnswer: item.proposedPublication.answer,
    });
  }, [form, item.proposedPublication]);
  if (!item.can.publish && !item.publishedAt) return null;
  const save = () =>
    form.validateFields().then(
      (values) =>
        go(
          () =>
            feedbackApi.publish(item.id, {
              publicQuestion: values.publicQuestion.trim(),
              publicAnswer: values.publicAnswer.trim(),
              version: item.version,
            }),
          t('feedback.publish.done'),
        ),
      () => null,
    );
  const publicLink = item.publicPath && (
    <Typography.Paragraph data-testid="feedback-public">
      {item.publishedAt && t('feedback.publish.publishedOn', { date: formatInstantDay(item.publishedAt) })}{' '}
      <a href={item.publicPath} target="_blank" rel="noopener noreferrer">
        {t('feedback.publish.openPublic')}
      </a>
    </Typography.Paragraph>
  );
  return (
    <Card title={t('feedback.publish.title')} style={{ marginBottom: 16 }} data-testid="feedback-publish">
      {publicLink}
      {item.can.publish ? (
        <>
          <ErrorAlert error={error} testId="publish-error" />
          <Typography.Paragraph type="secondary">{t('feedback.publish.hint')}</Typography.Paragraph>
          <VerticalForm<PublishValues> form={form} name="feedback-publish">
            <Form.Item
              name="publicQuestion"
              label={t('feedback.publish.question')}
              rules={[{ required: true, whitespace: true, message: t('feedback.publish.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
            </Form.Item>
            <Form.Item
              name="publicAnswer"
              label={t('feedback.publish.answer')}
              rules={[{ required: true, whitespace: true, message: t('feedback.publish.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 16 }} maxLength={10000} />
            </Form.Item>
          </VerticalForm>
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="publish-save">
            {item.publishedAt ? t('feedback.publish.update') : t('feedback.publish.approve')}
          </Button>
        </>
      ) : (
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'question',
              label: t('feedback.publish.question'),
              children: <span style={{ whiteSpace: 'pre-wrap' }}>{item.publicQuestion}</span>,
            },
            {
              key: 'answer',
              label: t('feedback.publish.answer'),
              children: <span style={{ whiteSpace: 'pre-wrap' }}>{item.publicAnswer}</span>,
            },
          ]}
        />
      )}
    </Card>
  );
}

interface RejectValues {
  reason: FeedbackRejectReason;
  note?: string;
}

/** Not taking the item in: a reason from the list and a note; once refused, why and by whom. */
function RejectCard({ steps }: { steps: ItemSteps }) {
  const t = useT();
  const labels = useFeedbackLabels();
  const { item } = steps;
  const [form] = Form.useForm<RejectValues>();
  const { saving, error, go } = useRecordStep(steps, form);
  if (item.rejection) {
    return (
      <Card title={t('feedback.reject.done')} style={{ marginBottom: 16 }} data-testid="feedback-rejection">
        <Typography.Paragraph strong>{labels.reasonName(item.rejection.reason)}</Typography.Paragraph>
        {item.rejection.note && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            {item.rejection.note}
          </Typography.Paragraph>
        )}
        {item.rejection.by && <Typography.Text type="secondary">{item.rejection.by}</Typography.Text>}
      </Card>
    );
  }
  if (!item.can.reject) return null;
  const reject = () =>
    form.validateFields().then(
      (values) =>
        go(
          () =>
            feedbackApi.reject(item.id, {
              reason: values.reason,
              note: values.note?.trim() ?? '',
              version: item.version,
            }),
          t('feedback.reject.done'),
        ),
      () => null,
    );
  return (
    <Card title={t('feedback.reject.title')} style={{ marginBottom: 16 }} data-testid="feedback-reject">
      <ErrorAlert error={error} testId="reject-error" />
      <VerticalForm<RejectValues> form={form} name="feedback-reject">
        <Form.Item
          name="reason"
          label={t('feedback.reject.reason')}
          rules={[{ required: true, message: t('feedback.reject.reasonRequired') }]}
        >
          <Radio.Group options={labels.reasonOptions} style={{ display: 'flex', flexDirection: 'column' }} />
        </Form.Item>
        <Form.Item name="note" label={t('feedback.reject.note')} extra={t('feedback.reject.noteHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={1500} />
        </Form.Item>
      </VerticalForm>
      <Popconfirm
        title={t('feedback.reject.confirm')}
        okText={t('feedback.reject.button')}
        cancelText={t('common.cancel')}
        onConfirm={() => void reject()}
      >
        <Button danger block loading={saving} data-testid="reject-send">
          {t('feedback.reject.button')}
        </Button>
      </Popconfirm>
    </Card>
  );
}
