import { type HonourForm, HONOUR_LIMITS as L, type NomineeKind } from '@lantoa/domain/constants';
import { formatIsoDate, vietnamToday } from '@lantoa/domain/rules';
import { App, Button, Col, Flex, Form, Input, Radio, Row, Select, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { useReadableBodies } from '../training/labels.tsx';
import { honoursApi, type Nomination } from './api.ts';
import { EvidenceTable } from './EvidenceTable.tsx';
import { nominationYears } from './evidence.ts';
import { formOptions, kindOptions } from './labels.tsx';

interface Values {
  nominatingBodyId: string;
  year: number;
  nomineeKind: NomineeKind;
  nomineeBodyId: string;
  personName?: string;
  personTitle?: string;
  form: HonourForm;
  eventId?: string | null;
  achievements?: string;
}

/**
 * A nomination: which body nominates (one the person nominates for), whom (itself, a body below it
 * or a person of one), for which year and form, at which event; the evidence the product holds of
 * the nominee's year shown as it is chosen, and the paragraph of achievements drafted from it, which
 * the nominator edits before sending.
 */
export function NominateModal({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (n: Nomination) => void;
}) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const bodies = useReadableBodies();
  const years = useMemo(() => nominationYears(vietnamToday()), []);
  const initialValues = useMemo<Values>(
    () => ({
      nominatingBodyId: me.user.body.id,
      year: years[0] ?? Number(vietnamToday().slice(0, 4)),
      nomineeKind: 'body',
      nomineeBodyId: me.user.body.id,
      form: 'certificate_of_merit',
      eventId: null,
      achievements: '',
    }),
    [me, years],
  );

  const nominatingBodyId = Form.useWatch('nominatingBodyId', form) ?? initialValues.nominatingBodyId;
  const nomineeBodyId = Form.useWatch('nomineeBodyId', form) ?? initialValues.nomineeBodyId;
  const year = Form.useWatch('year', form) ?? initialValues.year;
  const kind = Form.useWatch('nomineeKind', form) ?? 'body';
  const personName = useDebounced((Form.useWatch('personName', form) ?? '').trim(), 400);
  const personTitle = useDebounced((Form.useWatch('personTitle', form) ?? '').trim(), 400);

  const fetchPreview = useCallback(
    () =>
      nominatingBodyId && nomineeBodyId
        ? honoursApi.evidence(nominatingBodyId, {
            year,
            nomineeBodyId,
            ...(kind === 'person' && personName ? { personName, personTitle } : {}),
          })
        : Promise.resolve(null),
    [nominatingBodyId, nomineeBodyId, year, kind, personName, personTitle],
  );
  const preview = useFetched(fetchPreview);
  const fetchEvents = useCallback(
    () => (nominatingBodyId ? honoursApi.events(nominatingBodyId, year) : Promise.resolve({ items: [] })),
    [nominatingBodyId, year],
  );
  const events = useFetched(fetchEvents);

  // The drafted paragraph fills the field while the nominator has not written their own.
  const lastDraft = useRef('');
  useEffect(() => {
    const draft = preview.data?.achievements;
    if (!draft) return;
    const current = form.getFieldValue('achievements') ?? '';
    if (!current.trim() || current === lastDraft.current) form.setFieldValue('achievements', draft);
    lastDraft.current = draft;
  }, [preview.data, form]);

  const save = () =>
    submit(async (values) => {
      const saved = await honoursApi.create(values.nominatingBodyId, {
        year: values.year,
        nomineeKind: values.nomineeKind,
        nomineeBodyId: values.nomineeBodyId,
        personName: values.nomineeKind === 'person' ? (values.personName ?? '') : null,
        personTitle: values.nomineeKind === 'person' ? (values.personTitle ?? '') : '',
        form: values.form,
        eventId: values.eventId ?? null,
        achievements: values.achievements ?? '',
      });
      void message.success(t('honours.form.created'));
      onSaved(saved);
      onClose();
    });

  const required = [{ required: true, message: t('common.required') }];
  return (
    <FormModal
      open
      title={t('honours.form.newTitle')}
      okText={t('honours.form.send')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="nominate-error"
      width={820}
      data-testid="nominate-form"
    >
      <VerticalForm<Values>
        form={form}
        name="nominate"
        initialValues={initialValues}
        onValuesChange={(changed: Partial<Values>) => {
          // Another nominating body: the nominee starts as that body itself.
          if (changed.nominatingBodyId) form.setFieldValue('nomineeBodyId', changed.nominatingBodyId);
        }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={16}>
            <Form.Item name="nominatingBodyId" label={t('honours.field.nominatingBody')} rules={required}>
              <BodySelect initial={bodies} ariaLabel={t('honours.field.nominatingBody')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="year" label={t('honours.field.year')} rules={required}>
              <Select
                options={years.map((y) => ({ value: y, label: String(y) }))}
                data-testid="nominate-year"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="nomineeKind" label={t('honours.field.nomineeKind')}>
          <Radio.Group options={kindOptions(t)} optionType="button" />
        </Form.Item>
        <Form.Item
          name="nomineeBodyId"
          label={t('honours.field.nomineeBody')}
          extra={t('honours.form.nomineeHint')}
          rules={required}
        >
          <BodySelect
            initial={bodies.filter((b) => b.id === nominatingBodyId)}
            within={nominatingBodyId}
            ariaLabel={t('honours.field.nomineeBody')}
          />
        </Form.Item>
        {kind === 'person' && (
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item
                name="personName"
                label={t('honours.field.personName')}
                rules={[{ required: true, whitespace: true, message: t('common.required') }]}
              >
                <Input maxLength={L.personName} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="personTitle" label={t('honours.field.personTitle')}>
                <Input maxLength={L.personTitle} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="form" label={t('honours.field.form')} rules={required}>
              <Select options={formOptions(t)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="eventId" label={t('honours.field.event')}>
              <Select
                allowClear
                placeholder={t('honours.form.noEvent')}
                options={(events.data?.items ?? []).map((e) => ({
                  value: e.id,
                  label: `${e.title} (${formatIsoDate(e.startsOn)}, ${e.organiser})`,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('honours.evidence.title')}</Typography.Title>
        <ErrorAlert error={preview.error} />
        {preview.loading && !preview.data && (
          <Flex gap={8} align="center">
            <Spin size="small" />
            <Typography.Text type="secondary">{t('honours.evidence.loading')}</Typography.Text>
          </Flex>
        )}
        {preview.data && <EvidenceTable evidence={preview.data.evidence} preview />}
        <Form.Item
          name="achievements"
          label={t('honours.field.achievements')}
          extra={t('honours.form.achievementsHint')}
          style={{ marginTop: 16 }}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 14 }}
            maxLength={L.achievements}
            data-testid="nominate-achievements"
          />
        </Form.Item>
        {preview.data && (
          <Button
            size="small"
            onClick={() => form.setFieldValue('achievements', preview.data?.achievements ?? '')}
            data-testid="nominate-use-draft"
          >
            {t('honours.form.useDraft')}
          </Button>
        )}
      </VerticalForm>
    </FormModal>
  );
}
