import { type HonourForm, HONOUR_LIMITS as L } from '@lantoa/domain/constants';
import { formatIsoDate } from '@lantoa/domain/rules';
import { App, Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { useCallback, useMemo } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { isStaleVersion } from '../../shared/staleVersion.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { honoursApi, type Nomination } from './api.ts';
import { formOptions } from './labels.tsx';

interface Values {
  personName?: string;
  personTitle?: string;
  form: HonourForm;
  eventId?: string | null;
  achievements: string;
  refreshEvidence: boolean;
}

/**
 * A nomination corrected while it waits for its decision: the person's name and title, the form,
 * the event, the paragraph, and on request the evidence taken again from today's records.
 */
export function EditNominationModal({
  nomination,
  onClose,
  onSaved,
}: {
  nomination: Nomination;
  onClose: () => void;
  onSaved: (n: Nomination) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const isPerson = nomination.nomineeKind === 'person';
  const fetchEvents = useCallback(
    () => honoursApi.events(nomination.nominatingBody.id, nomination.year),
    [nomination.nominatingBody.id, nomination.year],
  );
  const events = useFetched(fetchEvents);
  const initialValues = useMemo<Values>(
    () => ({
      personName: nomination.personName ?? '',
      personTitle: nomination.personTitle,
      form: nomination.form,
      eventId: nomination.event?.id ?? null,
      achievements: nomination.achievements,
      refreshEvidence: false,
    }),
    [nomination],
  );
  const eventOptions = [
    ...(events.data?.items ?? []).map((e) => ({
      value: e.id,
      label: `${e.title} (${formatIsoDate(e.startsOn)}, ${e.organiser})`,
    })),
    ...(nomination.event && !events.data?.items.some((e) => e.id === nomination.event?.id)
      ? [{ value: nomination.event.id, label: nomination.event.title }]
      : []),
  ];

  const save = () =>
    submit(
      async (values) => {
        const saved = await honoursApi.update(nomination.id, {
          personName: isPerson ? (values.personName ?? '') : null,
          personTitle: isPerson ? (values.personTitle ?? '') : '',
          form: values.form,
          eventId: values.eventId ?? null,
          achievements: values.achievements,
          refreshEvidence: values.refreshEvidence,
          version: nomination.version,
        });
        void message.success(t('honours.form.updated'));
        onSaved(saved);
        onClose();
      },
      (caught, otherwise) => (isStaleVersion(caught) ? t('honours.form.stale') : otherwise()),
    );

  return (
    <FormModal
      open
      title={t('honours.form.editTitle')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="nomination-edit-error"
      width={760}
    >
      <VerticalForm<Values> form={form} name="nomination-edit" initialValues={initialValues}>
        {isPerson && (
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
            <Form.Item name="form" label={t('honours.field.form')} rules={[{ required: true }]}>
              <Select options={formOptions(t)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="eventId" label={t('honours.field.event')}>
              <Select allowClear placeholder={t('honours.form.noEvent')} options={eventOptions} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="achievements"
          label={t('honours.field.achievements')}
          extra={t('honours.form.achievementsHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={L.achievements} />
        </Form.Item>
        <Form.Item name="refreshEvidence" valuePropName="checked">
          <Checkbox>{t('honours.evidence.refresh')}</Checkbox>
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}
