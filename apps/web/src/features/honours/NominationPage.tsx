import { DownloadOutlined, EditOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { HONOUR_LIMITS as L } from '@lantoa/domain/constants';
import { formatIsoDate, vietnamToday } from '@lantoa/domain/rules';
import { App, Button, Card, Col, Descriptions, Flex, Form, Input, Radio, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { DayPicker } from '../../shared/DayPicker.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { formatDateTime } from '../../shared/format.ts';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { isStaleVersion } from '../../shared/staleVersion.ts';
import { useResource } from '../../shared/useResource.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { honoursApi, type Nomination } from './api.ts';
import { EditNominationModal } from './EditNominationModal.tsx';
import { EvidenceTable } from './EvidenceTable.tsx';
import { formLabel, kindLabel, nomineeLine, StatusTag } from './labels.tsx';

const NOT_FOUND: NotFound = {
  title: 'honours.nomination.notFound',
  to: '/honours',
  back: 'honours.nomination.back',
};

interface DecisionValues {
  outcome: 'approved' | 'rejected';
  decisionNo?: string;
  decidedOn?: Dayjs | null;
  citation?: string;
  reason?: string;
}

/** The decider's form: honoured, with the decision's number and date, or not, with a reason. */
function DecisionForm({
  nomination,
  onDecided,
  reload,
}: {
  nomination: Nomination;
  onDecided: (n: Nomination) => void;
  reload: () => Promise<void>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const { saving, error, submit } = useSubmit(form);
  const outcome = Form.useWatch('outcome', form) ?? 'approved';
  const today = dayjs(vietnamToday());
  const decide = () =>
    submit(
      async (values) => {
        const saved = await honoursApi.decide(
          nomination.id,
          values.outcome === 'approved'
            ? {
                outcome: 'approved',
                decisionNo: values.decisionNo ?? '',
                decidedOn: values.decidedOn?.format('YYYY-MM-DD') ?? '',
                citation: values.citation ?? '',
                version: nomination.version,
              }
            : { outcome: 'rejected', reason: values.reason ?? '', version: nomination.version },
        );
        void message.success(t('honours.decision.saved'));
        onDecided(saved);
      },
      (caught, otherwise) => {
        if (isStaleVersion(caught)) void reload();
        return otherwise();
      },
    );
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Card title={t('honours.decision.title')} style={{ marginBottom: 16 }} data-testid="decision-form">
      <ErrorAlert error={error} testId="decision-error" />
      <VerticalForm<DecisionValues>
        form={form}
        name="decision"
        initialValues={{ outcome: 'approved', decidedOn: today }}
        style={{ maxWidth: 720 }}
      >
        <Form.Item name="outcome" label={t('honours.decision.outcome')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'approved', label: t('honours.decision.approve') },
              { value: 'rejected', label: t('honours.decision.reject') },
            ]}
          />
        </Form.Item>
        {outcome === 'approved' ? (
          <>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="decisionNo"
                  label={t('honours.decision.number')}
                  extra={t('honours.decision.numberHint')}
                  rules={required}
                >
                  <Input maxLength={L.decisionNo} data-testid="decision-number" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="decidedOn"
                  label={t('honours.decision.date')}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <DayPicker
                    style={{ width: '100%' }}
                    disabledDate={(day) => day.isAfter(today, 'day')}
                    data-testid="decision-date"
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="citation"
              label={t('honours.decision.citation')}
              extra={t('honours.decision.citationHint', { year: nomination.year })}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={L.citation} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="reason" label={t('honours.decision.reason')} rules={required}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={L.reason}
              data-testid="decision-reason"
            />
          </Form.Item>
        )}
        <Button type="primary" loading={saving} onClick={() => void decide()} data-testid="decision-save">
          {t('honours.decision.save')}
        </Button>
      </VerticalForm>
    </Card>
  );
}

/**
 * One nomination: who, for which year and form, by whom and who decides; the evidence kept with it
 * and the paragraph of achievements; for the deciders the decision form, then the decision; for an
 * approved certificate of merit its issue (by the deciders) and download.
 */
export default function NominationPage() {
  const t = useT();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const [certifying, setCertifying] = useState(false);
  const fetchNomination = useCallback(
    async (accept: (n: Nomination) => void) => accept(await honoursApi.get(id)),
    [id],
  );
  const { resource, accept, reload } = useResource(fetchNomination, { spinner: 'once' });
  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;
  const n = resource.data;

  const certify = async () => {
    setCertifying(true);
    try {
      const issued = await honoursApi.certify(n.id);
      accept(issued);
      void message.success(t('honours.certificate.issued', { number: issued.certificateNo ?? '' }));
    } catch (caught) {
      void message.error(errorText(caught, t));
    } finally {
      setCertifying(false);
    }
  };

  const decision =
    n.status === 'approved' && n.decisionNo
      ? t('honours.decision.by', {
          decision: n.decisionNo,
          date: n.decidedOn ? formatIsoDate(n.decidedOn) : '',
          who: n.decidedBy ?? '',
        })
      : n.status === 'rejected'
        ? t('honours.decision.rejectedBy', { who: n.decidedBy ?? '' })
        : t('honours.nomination.none');

  return (
    <>
      <PageTitle
        title={nomineeLine(n)}
        sub={
          <Flex gap={8} wrap align="center" style={{ marginTop: 4 }}>
            <Typography.Text type="secondary">
              {kindLabel(t, n.nomineeKind)} · {n.year} · {formLabel(t, n.form)}
            </Typography.Text>
            <StatusTag status={n.status} />
          </Flex>
        }
        extra={
          n.canEdit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="nomination-edit">
              {t('honours.nomination.edit')}
            </Button>
          )
        }
      />
      {n.status === 'submitted' && n.decidingBody && (
        <Notice type="info" title={t('honours.nomination.waiting', { body: n.decidingBody.name })} />
      )}
      {n.status === 'rejected' && (
        <Notice
          type="warning"
          title={t('honours.nomination.rejectedNotice', { reason: n.decisionReason })}
          data-testid="nomination-rejected"
        />
      )}
      {n.canDecide && <DecisionForm nomination={n} onDecided={accept} reload={reload} />}
      <Card title={t('honours.nomination.facts')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" data-testid="nomination-facts">
          <Descriptions.Item label={t('honours.field.nominee')}>{nomineeLine(n)}</Descriptions.Item>
          <Descriptions.Item label={t('honours.field.year')}>{n.year}</Descriptions.Item>
          <Descriptions.Item label={t('honours.field.form')}>{formLabel(t, n.form)}</Descriptions.Item>
          <Descriptions.Item label={t('honours.field.nominating')}>{n.nominatingBody.name}</Descriptions.Item>
          <Descriptions.Item label={t('honours.field.deciding')}>
            {n.decidingBody?.name ?? t('honours.nomination.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('honours.field.decision')}>
            <span data-testid="nomination-decision">{decision}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('honours.field.event')}>
            {n.event ? `${n.event.title} (${formatIsoDate(n.event.startsOn)})` : t('honours.nomination.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('honours.field.createdBy')}>
            {[n.createdBy, formatDateTime(n.createdAt)].filter(Boolean).join(' · ')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {n.status === 'approved' && (
        <Card
          title={t('honours.certificate.title')}
          style={{ marginBottom: 16 }}
          data-testid="nomination-certificate"
        >
          {n.form === 'higher_award' ? (
            <Typography.Text type="secondary">{t('honours.certificate.higher')}</Typography.Text>
          ) : n.certificateNo ? (
            <Flex gap={12} wrap align="center">
              <Typography.Text>
                {t('honours.field.certificate')}: <strong>{n.certificateNo}</strong>
              </Typography.Text>
              <Button
                icon={<DownloadOutlined />}
                href={honoursApi.certificateUrl(n.id)}
                download
                data-testid="certificate-download"
              >
                {t('honours.certificate.download')}
              </Button>
            </Flex>
          ) : n.canCertify ? (
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              loading={certifying}
              onClick={() => void certify()}
              data-testid="certificate-issue"
            >
              {t('honours.certificate.issue')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('honours.certificate.notYet')}</Typography.Text>
          )}
        </Card>
      )}
      <Card title={t('honours.field.achievements')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
          data-testid="nomination-achievements"
        >
          {n.achievements}
        </Typography.Paragraph>
        {n.status !== 'submitted' && (
          <Typography.Text type="secondary">{t('honours.nomination.locked')}</Typography.Text>
        )}
      </Card>
      <Card title={t('honours.evidence.title')}>
        <EvidenceTable evidence={n.evidence} />
      </Card>
      {editing && <EditNominationModal nomination={n} onClose={() => setEditing(false)} onSaved={accept} />}
    </>
  );
}
