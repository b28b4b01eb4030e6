// The event page's dialogs: held (with its results), cancelled (with why), bodies invited, an
// invitation answered, people counted, a model showcased with its photo, an output linked as coverage.
import { DeleteOutlined } from '@ant-design/icons';
import {
  type Audience,
  EVENT_LIMITS as L,
  PRESENTER_KINDS,
  type PresenterKind,
} from '@lantoa/domain/constants';
import { App, Button, Flex, Form, Input, InputNumber, Radio, Select, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { useOptionsOf } from '../../shared/bilingualNames.ts';
import { FilePicker } from '../../shared/FilePicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatDate } from '../../shared/format.ts';
import { isStaleVersion } from '../../shared/staleVersion.ts';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { outputsApi } from '../outputs/api.ts';
import { audienceNames } from '../training/labels.tsx';
import { type EventDetail, type EventInvitation, eventsApi } from './api.ts';
import { presenterLabel } from './labels.tsx';

interface DialogProps {
  event: EventDetail;
  onClose: () => void;
  onSaved: (event: EventDetail) => void;
  /** Someone changed the event meanwhile: the page reads it again. */
  onStale?: () => void;
}

/** What a stale step says (someone changed the event meanwhile), and the page reads it again. */
const useStaleAware = (onStale: (() => void) | undefined) => {
  const t = useT();
  return (caught: unknown, otherwise: () => string | null) => {
    if (!isStaleVersion(caught)) return otherwise();
    onStale?.();
    return t('events.form.stale');
  };
};

/** "Đã tổ chức": the event took place, with a short note of what came of it. */
export function HoldModal({ event, onClose, onSaved, onStale }: DialogProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ resultsNote: string }>();
  const { saving, error, submit } = useSubmit(form);
  const stale = useStaleAware(onStale);
  const save = () =>
    submit(async ({ resultsNote }) => {
      onSaved(await eventsApi.hold(event.id, event.version, resultsNote.trim()));
      void message.success(t('events.hold.done'));
      onClose();
    }, stale);
  return (
    <FormModal
      open
      title={t('events.hold.title')}
      okText={t('events.hold.ok')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="hold-error"
    >
      <VerticalForm form={form} name="event-hold" initialValues={{ resultsNote: event.resultsNote }}>
        <Form.Item
          name="resultsNote"
          label={t('events.field.resultsNote')}
          extra={t('events.hold.noteHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={L.resultsNote}
            data-testid="hold-note"
          />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}

/** "Hủy sự kiện": it will not take place, and why. */
export function CancelModal({ event, onClose, onSaved, onStale }: DialogProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const { saving, error, submit } = useSubmit(form);
  const stale = useStaleAware(onStale);
  const save = () =>
    submit(async ({ reason }) => {
      onSaved(await eventsApi.cancel(event.id, event.version, reason.trim()));
      void message.success(t('events.cancel.done'));
      onClose();
    }, stale);
  return (
    <FormModal
      open
      title={t('events.cancel.title')}
      okText={t('events.cancel.ok')}
      okButtonProps={{ danger: true }}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
    >
      <VerticalForm form={form} name="event-cancel">
        <Form.Item
          name="reason"
          label={t('events.cancel.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={L.resultsNote} />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}

/** Bodies of the organiser's subtree added one by one by search, then invited together. */
export function InviteModal({ event, onClose, onSaved }: DialogProps) {
  const t = useT();
  const { message } = App.useApp();
  const { saving, error, setError, run } = useSubmit();
  const [picked, setPicked] = useState<{ id: string; name: string }[]>([]);
  const invited = new Set(event.invitations.map((i) => i.body.id));
  const add = (id: string | undefined, name: string | undefined) => {
    if (!id || invited.has(id) || id === event.organiser.id) return;
    setError(null);
    setPicked((rows) => (rows.some((row) => row.id === id) ? rows : [...rows, { id, name: name ?? '' }]));
  };
  const save = () => {
    if (picked.length === 0) {
      setError(t('events.invite.none'));
      return;
    }
    void run(async () => {
      onSaved(
        await eventsApi.invite(
          event.id,
          picked.map((row) => row.id),
        ),
      );
      void message.success(t('events.invite.done', { n: picked.length }));
      onClose();
    });
  };
  return (
    <FormModal
      open
      title={t('events.invite.title')}
      okText={t('events.invite.ok')}
      onOk={save}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="invite-error"
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {t('events.invite.hint', { body: event.organiser.name })}
        </Typography.Text>
        <BodySelect
          value={null}
          within={event.organiser.id}
          ariaLabel={t('events.invite.add')}
          placeholder={t('events.invite.add')}
          onChange={(id, hit) => add(id, hit?.name)}
        />
        <Table<{ id: string; name: string }>
          size="small"
          rowKey="id"
          dataSource={picked}
          pagination={false}
          data-testid="invite-picked"
          locale={{ emptyText: t('events.invite.empty') }}
          columns={[
            { title: t('events.invitations.body'), dataIndex: 'name' },
            {
              key: 'remove',
              width: 48,
              render: (_v, row) => (
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('events.invite.removePicked', { body: row.name })}
                  onClick={() => setPicked((rows) => rows.filter((r) => r.id !== row.id))}
                />
              ),
            },
          ]}
        />
      </Flex>
    </FormModal>
  );
}

/** The invited body's answer: it comes, with how many people, or it does not. */
export function AnswerModal({
  event,
  invitation,
  onClose,
  onSaved,
}: DialogProps & { invitation: EventInvitation }) {
  const t = useT();
  const { message } = App.useApp();
  type Values = { response: 'confirmed' | 'declined'; attendeesExpected?: number | null };
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const response = Form.useWatch('response', form);
  const save = () =>
    submit(async (values) => {
      onSaved(
        await eventsApi.answer(event.id, invitation.body.id, {
          response: values.response,
          attendeesExpected: values.response === 'confirmed' ? (values.attendeesExpected ?? null) : null,
        }),
      );
      void message.success(t('events.answer.done'));
      onClose();
    });
  return (
    <FormModal
      open
      title={t('events.answer.title', { body: invitation.body.name })}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="answer-error"
    >
      <VerticalForm<Values>
        form={form}
        name="event-answer"
        initialValues={{
          response: invitation.response === 'declined' ? 'declined' : 'confirmed',
          attendeesExpected: invitation.attendeesExpected,
        }}
      >
        <Form.Item name="response" label={t('events.invitations.response')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'confirmed', label: t('events.answer.confirm') },
              { value: 'declined', label: t('events.answer.decline') },
            ]}
            data-testid="answer-response"
          />
        </Form.Item>
        {response !== 'declined' && (
          <Form.Item name="attendeesExpected" label={t('events.invitations.expected')}>
            <InputNumber<number>
              min={0}
              max={L.attendeesExpected}
              precision={0}
              data-testid="answer-expected"
            />
          </Form.Item>
        )}
      </VerticalForm>
    </FormModal>
  );
}

/** People counted: a body the reader may count for, an audience, how many (replacing the count). */
export function CountModal({ event, onClose, onSaved }: DialogProps) {
  const t = useT();
  const { message } = App.useApp();
  type Values = { bodyId: string; audience: Audience; attended: number };
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const audienceOptions = useOptionsOf(audienceNames);
  const bodyId = Form.useWatch('bodyId', form);
  const audience = Form.useWatch('audience', form);
  const current = event.counts.find((c) => c.body.id === bodyId && c.audience === audience);
  const save = () =>
    submit(async (values) => {
      onSaved(await eventsApi.count(event.id, values));
      void message.success(t('events.counts.saved'));
      onClose();
    });
  return (
    <FormModal
      open
      title={t('events.counts.recordTitle')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="count-error"
    >
      <VerticalForm<Values>
        form={form}
        name="event-count"
        initialValues={{
          bodyId: event.countableBodies.length === 1 ? event.countableBodies[0]?.id : undefined,
        }}
      >
        <Form.Item
          name="bodyId"
          label={t('events.counts.body')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={event.countableBodies.map((body) => ({ value: body.id, label: body.name }))}
            data-testid="count-body"
          />
        </Form.Item>
        <Form.Item
          name="audience"
          label={t('events.counts.audience')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select options={audienceOptions} data-testid="count-audience" />
        </Form.Item>
        <Form.Item
          name="attended"
          label={t('events.counts.attended')}
          extra={current ? t('events.counts.replaces', { n: current.attended }) : t('events.counts.hint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber<number> min={0} max={L.attended} precision={0} data-testid="count-attended" />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}

/** A picture as phones and cameras save them; the server checks the content. */
const PHOTO_ACCEPT = '.jpg,.jpeg,.png,.webp,.gif';

/** A model or product showcased: what, who presents it, a description and an optional photo. */
export function ModelModal({ event, onClose, onSaved }: DialogProps) {
  const t = useT();
  const { message } = App.useApp();
  type Values = {
    title: string;
    presenterKind: PresenterKind;
    presenterBodyId?: string | null;
    presenterName?: string;
    description?: string;
  };
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, submit } = useSubmit(form);
  const [photo, setPhoto] = useState<File | null>(null);
  const presenterKind = Form.useWatch('presenterKind', form);
  const save = () =>
    submit(async (values) => {
      const byBody = values.presenterKind === 'body';
      onSaved(
        await eventsApi.addModel(
          event.id,
          {
            title: values.title.trim(),
            presenterKind: values.presenterKind,
            presenterBodyId: byBody ? (values.presenterBodyId ?? null) : null,
            presenterName: byBody ? '' : (values.presenterName?.trim() ?? ''),
            description: values.description?.trim() ?? '',
          },
          photo,
        ),
      );
      void message.success(t('events.models.added'));
      onClose();
    });
  return (
    <FormModal
      open
      title={t('events.models.addTitle')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="model-error"
      width={640}
    >
      <VerticalForm<Values> form={form} name="event-model" initialValues={{ presenterKind: 'business' }}>
        <Form.Item
          name="title"
          label={t('events.models.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={L.modelTitle} data-testid="model-title" />
        </Form.Item>
        <Form.Item name="presenterKind" label={t('events.models.presenterKind')}>
          <Radio.Group
            optionType="button"
            options={PRESENTER_KINDS.map((value) => ({ value, label: presenterLabel(t, value) }))}
          />
        </Form.Item>
        {presenterKind === 'body' ? (
          <Form.Item
            name="presenterBodyId"
            label={t('events.models.presenterBody')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <BodySelect ariaLabel={t('events.models.presenterBody')} />
          </Form.Item>
        ) : (
          <Form.Item
            name="presenterName"
            label={t(
              presenterKind === 'business' ? 'events.models.businessName' : 'events.models.presenterName',
            )}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={L.presenterName} data-testid="model-presenter" />
          </Form.Item>
        )}
        <Form.Item name="description" label={t('events.models.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={L.modelDescription} />
        </Form.Item>
        <Form.Item label={t('events.models.photo')} extra={t('events.models.photoHint')}>
          <FilePicker
            accept={PHOTO_ACCEPT}
            file={photo}
            onChange={(file) => {
              setPhoto(file);
              setError(null);
            }}
            drop={t('events.models.drop')}
            testId="model-photo"
          />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}

/** An output of the register, searched without diacritics, linked as the event's coverage. */
export function CoverageModal({ event, onClose, onSaved }: DialogProps) {
  const t = useT();
  const { message } = App.useApp();
  const { saving, error, setError, run } = useSubmit();
  const [query, setQuery] = useState('');
  const [outputId, setOutputId] = useState<string | null>(null);
  const q = useDebounced(query.trim(), 300);
  const fetchOutputs = useCallback(() => outputsApi.list({ q: q || undefined, page: 1, pageSize: 20 }), [q]);
  const outputs = useFetched(fetchOutputs);
  const linked = new Set(event.coverage.map((c) => c.output.id));
  const save = () => {
    if (!outputId) {
      setError(t('events.coverage.none'));
      return;
    }
    void run(async () => {
      onSaved(await eventsApi.addCoverage(event.id, outputId));
      void message.success(t('events.coverage.added'));
      onClose();
    });
  };
  return (
    <FormModal
      open
      title={t('events.coverage.addTitle')}
      okText={t('events.coverage.ok')}
      onOk={save}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="coverage-error"
      width={640}
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('events.coverage.hint')}</Typography.Text>
        <Select<string>
          showSearch
          filterOption={false}
          value={outputId ?? undefined}
          onSearch={setQuery}
          onChange={(value) => {
            setOutputId(value ?? null);
            setError(null);
          }}
          loading={outputs.loading}
          placeholder={t('events.coverage.search')}
          aria-label={t('events.coverage.search')}
          data-testid="coverage-output"
          options={(outputs.data?.items ?? [])
            .filter((output) => !linked.has(output.id))
            .map((output) => ({
              value: output.id,
              label: `${output.title} · ${output.body.name} · ${formatDate(output.publishedOn)}`,
            }))}
        />
      </Flex>
    </FormModal>
  );
}
