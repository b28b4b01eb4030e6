import { NotificationOutlined } from '@ant-design/icons';
import { correctionAllowed, type MisinformationVerdict } from '@lantoa/domain/constants';
import { foldVietnamese, formatIsoDate, vietnamDateOf } from '@lantoa/domain/rules';
import {
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  Popconfirm,
  Radio,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { DayPicker } from '../../shared/DayPicker.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { MainWithAside } from '../../shared/MainWithAside.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { type RecordSteps, useRecordStep } from '../../shared/useRecordStep.ts';
import { useResource } from '../../shared/useResource.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { webLink } from '../../shared/webLink.ts';
import { formatInstant, formatInstantDay } from '../outputs/labels.tsx';
import { type CaseBulletin, type MisinformationCase, misinformationApi } from './api.ts';
import { AgeTag, StatusTag, useMisinformationLabels, VerdictTag } from './labels.tsx';

const NOT_FOUND: NotFound = {
  title: 'misinformation.case.notFound',
  to: '/misinformation',
  back: 'misinformation.case.back',
};

type CaseSteps = RecordSteps<MisinformationCase>;

/**
 * One report of false information: what was reported, who gives it to whom, the verdict and how it
 * was verified, the response (correction published, platform told), the priority bulletin step with
 * the bulletins it made, and closing. Each card acts for those the server says may (`can`).
 */
export default function MisinformationCasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const fetchCase = useCallback(
    async (accept: (item: MisinformationCase) => void) => accept(await misinformationApi.get(id)),
    [id],
  );
  const { resource, accept, reload } = useResource(fetchCase, { spinner: 'once' });
  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;
  const item = resource.data;
  const steps: CaseSteps = { item, accept, reload };
  const open = item.status !== 'closed';

  return (
    <>
      <PageTitle
        title={t('misinformation.case.title', { code: item.code })}
        sub={
          <div>
            <StatusTag status={item.status} />
            <VerdictTag verdict={item.verdict} />
            <AgeTag age={item.age} status={item.status} />
            <Typography.Text type="secondary">
              {item.site.name} · {t('misinformation.case.receivedAt', { at: formatInstant(item.createdAt) })}
            </Typography.Text>
          </div>
        }
        extra={item.can.handle && open && <CloseButton steps={steps} />}
      />
      <MainWithAside
        main={
          <>
            <ReportCard item={item} />
            <TriageCard steps={steps} />
            <ResponseCard steps={steps} />
            <BulletinsCard steps={steps} />
          </>
        }
        aside={<AssignCard steps={steps} />}
      />
    </>
  );
}

function CloseButton({ steps }: { steps: CaseSteps }) {
  const t = useT();
  const { saving, error, go } = useRecordStep(steps);
  return (
    <>
      <Popconfirm
        title={t('misinformation.close.confirm')}
        okText={t('misinformation.close.ok')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          void go(
            () => misinformationApi.close(steps.item.id, steps.item.version),
            t('misinformation.close.done'),
          )
        }
      >
        <Button loading={saving} data-testid="case-close">
          {t('misinformation.close.button')}
        </Button>
      </Popconfirm>
      <ErrorAlert error={error} testId="case-close-error" />
    </>
  );
}

/** What was reported: where, the link (to open and verify, never to share), the text, the screenshot, who. */
function ReportCard({ item }: { item: MisinformationCase }) {
  const t = useT();
  const labels = useMisinformationLabels();
  const link = webLink(item.link);
  const screenshot = misinformationApi.screenshotUrl(item.id);
  const contact = item.contact;
  const hasContact = contact && (contact.name || contact.phone || contact.email);
  return (
    <Card title={t('misinformation.case.report')} style={{ marginBottom: 16 }} data-testid="case-report">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'where',
            label: t('misinformation.report.seenWhere'),
            children: labels.placeName(item.seenWhere),
          },
          {
            key: 'link',
            label: t('misinformation.report.link'),
            children: link ? (
              <Flex vertical>
                <a
                  href={link}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                  style={{ wordBreak: 'break-all' }}
                >
                  {link}
                </a>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('misinformation.case.linkWarning')}
                </Typography.Text>
              </Flex>
            ) : (
              t('common.none')
            ),
          },
          {
            key: 'description',
            label: t('misinformation.report.description'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{item.description}</span>,
          },
          {
            key: 'reporter',
            label: t('misinformation.col.reporter'),
            children: item.reporter
              ? [item.reporter.name, item.reportedBy].filter(Boolean).join(' · ')
              : t('misinformation.publicReporter'),
          },
          ...(hasContact
            ? [
                {
                  key: 'contact',
                  label: t('misinformation.case.contact'),
                  children: (
                    <span data-testid="case-contact">
                      {[contact.name, contact.phone, contact.email].filter(Boolean).join(' · ')}
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      {item.hasScreenshot && (
        <>
          <Typography.Title level={5}>{t('misinformation.report.screenshot')}</Typography.Title>
          <a href={screenshot} target="_blank" rel="noopener noreferrer">
            <img
              src={screenshot}
              alt={t('misinformation.case.screenshotAlt', { code: item.code })}
              style={{ maxWidth: '100%', maxHeight: 420, border: '1px solid #d9d9d9', borderRadius: 6 }}
              data-testid="case-screenshot"
            />
          </a>
        </>
      )}
    </Card>
  );
}

/** The site's people give the case to the body that triages it, the culture department proposed. */
function AssignCard({ steps }: { steps: CaseSteps }) {
  const t = useT();
  const { item } = steps;
  const [handlerId, setHandlerId] = useState<string | undefined>(
    item.handler?.id ?? item.suggestedHandler.id,
  );
  const { saving, error, go } = useRecordStep(steps);
  const initial = useMemo(
    () =>
      [item.suggestedHandler, ...(item.handler ? [item.handler] : [])].map((b) => ({
        ...b,
        kind: 'department' as const,
      })),
    [item.suggestedHandler, item.handler],
  );
  const editable = item.can.assign && (item.status === 'new' || item.status === 'verifying');
  return (
    <Card title={t('misinformation.assign.title')} style={{ marginBottom: 16 }} data-testid="case-assign">
      <Typography.Paragraph>
        {item.handler
          ? t('misinformation.assign.current', { name: item.handler.name })
          : t('misinformation.notAssigned')}
      </Typography.Paragraph>
      {editable && (
        <>
          <ErrorAlert error={error} testId="assign-error" />
          <BodySelect
            value={handlerId ?? null}
            onChange={(value) => setHandlerId(value)}
            initial={initial}
            within={item.site.id}
            ariaLabel={t('misinformation.assign.handler')}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('misinformation.assign.hint')}
          </Typography.Paragraph>
          <Button
            type="primary"
            block
            loading={saving}
            disabled={!handlerId || handlerId === item.handler?.id}
            onClick={() =>
              void go(
                () => misinformationApi.assign(item.id, { handlerBodyId: handlerId, version: item.version }),
                t('misinformation.assign.done'),
              )
            }
            data-testid="assign-send"
          >
            {t('misinformation.assign.button')}
          </Button>
        </>
      )}
    </Card>
  );
}

interface TriageValues {
  verdict: MisinformationVerdict;
  verification?: string;
}

/** The verdict and how it was verified: a form for the handler while it is verified, else what was found. */
function TriageCard({ steps }: { steps: CaseSteps }) {
  const t = useT();
  const labels = useMisinformationLabels();
  const { item } = steps;
  const [form] = Form.useForm<TriageValues>();
  const { saving, error, go } = useRecordStep(steps, form);
  const editable = item.can.handle && (item.status === 'new' || item.status === 'verifying');
  useEffect(() => {
    form.setFieldsValue({ verdict: item.verdict ?? undefined, verification: item.verification });
  }, [form, item.verdict, item.verification]);
  if (!editable && !item.verdict) return null;
  const save = () =>
    form.validateFields().then(
      (values) =>
        go(
          () =>
            misinformationApi.triage(item.id, {
              verdict: values.verdict,
              verification: values.verification?.trim() ?? '',
              version: item.version,
            }),
          t('misinformation.triage.done'),
        ),
      () => null,
    );
  return (
    <Card title={t('misinformation.triage.title')} style={{ marginBottom: 16 }} data-testid="case-triage">
      {editable ? (
        <>
          <ErrorAlert error={error} testId="triage-error" />
          <VerticalForm<TriageValues> form={form} name="misinformation-triage">
            <Form.Item
              name="verdict"
              label={t('misinformation.triage.verdict')}
              rules={[{ required: true, message: t('misinformation.triage.verdictRequired') }]}
            >
              <Radio.Group options={labels.verdictOptions} />
            </Form.Item>
            <Form.Item
              name="verification"
              label={t('misinformation.triage.verification')}
              extra={t('misinformation.triage.verificationHint')}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={10000} />
            </Form.Item>
          </VerticalForm>
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="triage-save">
            {t('misinformation.triage.save')}
          </Button>
        </>
      ) : (
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'verdict',
              label: t('misinformation.triage.verdict'),
              children: <VerdictTag verdict={item.verdict} />,
            },
            {
              key: 'verification',
              label: t('misinformation.triage.verification'),
              children: (
                <span style={{ whiteSpace: 'pre-wrap' }}>{item.verification || t('common.none')}</span>
              ),
            },
            {
              key: 'by',
              label: t('misinformation.triage.by'),
              children: [item.triagedBy, item.triagedAt && formatInstant(item.triagedAt)]
                .filter(Boolean)
                .join(' · '),
            },
          ]}
        />
      )}
    </Card>
  );
}

interface ResponseValues {
  response?: string;
  correctionTitle?: string;
  correctionText?: string;
  publishCorrection: boolean;
  platformNotifiedOn?: Dayjs | null;
  platformNote?: string;
}

/**
 * The response: a note, the correction (published on the province's public page with personal data
 * removed), the day the platform was told and how. A form for the handler until the case is closed.
 */
function ResponseCard({ steps }: { steps: CaseSteps }) {
  const t = useT();
  const { item } = steps;
  const [form] = Form.useForm<ResponseValues>();
  const { saving, error, go } = useRecordStep(steps, form);
  const editable = item.can.handle && (item.status === 'verifying' || item.status === 'responded');
  const mayPublish = correctionAllowed(item.verdict);
  useEffect(() => {
    form.setFieldsValue({
      response: item.response,
      correctionTitle: item.correction.title,
      correctionText: item.correction.text,
      publishCorrection: item.correction.publishedAt !== null,
      platformNotifiedOn: item.platformNotifiedAt
        ? dayjs(vietnamDateOf(Date.parse(item.platformNotifiedAt)))
        : null,
      platformNote: item.platformNote,
    });
  }, [form, item]);
  if (!editable && item.status !== 'responded' && item.status !== 'closed') return null;
  const published = item.correction.publicPath;
  const save = () =>
    form.validateFields().then(
      (values) =>
        go(
          () =>
            misinformationApi.respond(item.id, {
              response: values.response?.trim() ?? '',
              correctionTitle: values.correctionTitle?.trim() ?? '',
              correctionText: values.correctionText?.trim() ?? '',
              publishCorrection: mayPublish && values.publishCorrection,
              platformNotifiedOn: values.platformNotifiedOn?.format('YYYY-MM-DD') ?? null,
              platformNote: values.platformNote?.trim() ?? '',
              version: item.version,
            }),
          t('misinformation.response.done'),
        ),
      () => null,
    );
  const publicLink = published && (
    <Typography.Paragraph data-testid="correction-public">
      {t('misinformation.response.publishedOn', {
        date: item.correction.publishedAt ? formatInstantDay(item.correction.publishedAt) : '',
      })}{' '}
      <a href={published} target="_blank" rel="noopener noreferrer">
        {t('misinformation.response.openPublic')}
      </a>
    </Typography.Paragraph>
  );
  return (
    <Card title={t('misinformation.response.title')} style={{ marginBottom: 16 }} data-testid="case-response">
      {publicLink}
      {editable ? (
        <>
          <ErrorAlert error={error} testId="response-error" />
          <VerticalForm<ResponseValues> form={form} name="misinformation-response">
            <Form.Item
              name="response"
              label={t('misinformation.response.note')}
              extra={t('misinformation.response.noteHint')}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={10000} />
            </Form.Item>
            <Typography.Title level={5}>{t('misinformation.response.correction')}</Typography.Title>
            <Form.Item name="correctionTitle" label={t('misinformation.response.correctionTitle')}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item
              name="correctionText"
              label={t('misinformation.response.correctionText')}
              extra={t('misinformation.response.correctionTextHint')}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={10000} />
            </Form.Item>
            <Form.Item
              name="publishCorrection"
              valuePropName="checked"
              extra={mayPublish ? undefined : t('misinformation.response.notPublishable')}
            >
              <Checkbox disabled={!mayPublish}>{t('misinformation.response.publish')}</Checkbox>
            </Form.Item>
            <Typography.Title level={5}>{t('misinformation.response.platform')}</Typography.Title>
            <Form.Item name="platformNotifiedOn" label={t('misinformation.response.platformOn')}>
              <DayPicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item
              name="platformNote"
              label={t('misinformation.response.platformNote')}
              extra={t('misinformation.response.platformNoteHint')}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
            </Form.Item>
          </VerticalForm>
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="response-save">
            {t('misinformation.response.save')}
          </Button>
        </>
      ) : (
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'note',
              label: t('misinformation.response.note'),
              children: <span style={{ whiteSpace: 'pre-wrap' }}>{item.response || t('common.none')}</span>,
            },
            {
              key: 'correction',
              label: t('misinformation.response.correction'),
              children: item.correction.title ? (
                <>
                  <Typography.Text strong>{item.correction.title}</Typography.Text>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{item.correction.text}</div>
                </>
              ) : (
                t('common.none')
              ),
            },
            {
              key: 'platform',
              label: t('misinformation.response.platform'),
              children: item.platformNotifiedAt
                ? [formatInstantDay(item.platformNotifiedAt), item.platformNote].filter(Boolean).join(' · ')
                : t('common.none'),
            },
          ]}
        />
      )}
    </Card>
  );
}

/**
 * "Phát bản tin ưu tiên": the published correction as one priority bulletin per commune picked, in one
 * step; then the bulletins, each opening its page where its recording and its stations are.
 */
function BulletinsCard({ steps }: { steps: CaseSteps }) {
  const t = useT();
  const { item } = steps;
  const canSend = item.can.handle && item.status === 'responded' && item.correction.publishedAt !== null;
  if (!canSend && item.bulletins.length === 0) return null;
  return (
    <Card
      title={
        <>
          <NotificationOutlined /> {t('misinformation.bulletins.title')}
        </>
      }
      style={{ marginBottom: 16 }}
      data-testid="case-bulletins"
    >
      {canSend && <SendBulletins steps={steps} />}
      <ListTable<CaseBulletin>
        testId="case-bulletin-list"
        rows={item.bulletins}
        empty={t('misinformation.bulletins.empty')}
        pagination={false}
        columns={[
          {
            title: t('misinformation.bulletins.commune'),
            key: 'target',
            render: (_v, row) => row.target.name,
          },
          {
            title: t('misinformation.bulletins.bulletin'),
            key: 'title',
            render: (_v, row) => <Link to={`/broadcast/bulletins/${row.id}`}>{row.title}</Link>,
          },
          {
            title: t('misinformation.bulletins.days'),
            key: 'days',
            width: 200,
            render: (_v, row) =>
              row.validUntil
                ? `${formatIsoDate(row.validFrom)} – ${formatIsoDate(row.validUntil)}`
                : formatIsoDate(row.validFrom),
          },
        ]}
      />
    </Card>
  );
}

function SendBulletins({ steps }: { steps: CaseSteps }) {
  const t = useT();
  const { item } = steps;
  const fetchCommunes = useCallback(() => misinformationApi.communes(item.id), [item.id]);
  const communes = useFetched(fetchCommunes);
  const [picked, setPicked] = useState<string[]>([]);
  const { saving, error, go } = useRecordStep(steps);
  const reached = useMemo(() => new Set(item.bulletins.map((b) => b.target.id)), [item.bulletins]);
  const options = useMemo(
    () =>
      (communes.data?.items ?? [])
        .filter((c) => !reached.has(c.id))
        .map((c) => ({
          value: c.id,
          label:
            c.stations > 0
              ? t('misinformation.bulletins.withStations', { name: c.name, n: formatNumber(c.stations) })
              : t('misinformation.bulletins.noStation', { name: c.name }),
          search: foldVietnamese(c.name),
        })),
    [communes.data, reached, t],
  );
  const send = async () => {
    const answer = await go(
      () => misinformationApi.sendBulletins(item.id, { communeIds: picked, version: item.version }),
      t('misinformation.bulletins.done', { n: formatNumber(picked.length) }),
    );
    if (answer) setPicked([]);
  };
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('misinformation.bulletins.hint')}</Typography.Paragraph>
      <ErrorAlert error={error ?? communes.error} testId="bulletins-error" />
      <Select<string[]>
        mode="multiple"
        allowClear
        style={{ width: '100%', marginBottom: 8 }}
        aria-label={t('misinformation.bulletins.communes')}
        placeholder={t('misinformation.bulletins.communes')}
        loading={communes.loading}
        value={picked}
        onChange={setPicked}
        options={options}
        showSearch={{
          filterOption: (input, option) => (option?.search ?? '').includes(foldVietnamese(input)),
        }}
        data-testid="bulletins-communes"
      />
      <Popconfirm
        title={t('misinformation.bulletins.confirm', { n: formatNumber(picked.length) })}
        okText={t('misinformation.bulletins.send')}
        cancelText={t('common.cancel')}
        onConfirm={() => void send()}
        disabled={picked.length === 0}
      >
        <Button type="primary" loading={saving} disabled={picked.length === 0} data-testid="bulletins-send">
          {t('misinformation.bulletins.send')}
        </Button>
      </Popconfirm>
    </div>
  );
}
