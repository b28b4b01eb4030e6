import type { KeyDay } from '@lantoa/domain/constants';
import { EVENT_LIMITS as L } from '@lantoa/domain/constants';
import { vietnamToday } from '@lantoa/domain/rules';
import { App, Col, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { plansApi } from '../../api/endpoints.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { useOptionsOf } from '../../shared/bilingualNames.ts';
import { DayPicker } from '../../shared/DayPicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { isStaleVersion } from '../../shared/staleVersion.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { useReadableBodies } from '../training/labels.tsx';
import { type EventDetail, eventsApi } from './api.ts';
import { eventInputOf, eventValuesOf, keyDaySuggestion } from './event-form.ts';
import { keyDayNames, kindOptions } from './labels.tsx';

type Values = {
  organiserBodyId?: string;
  kind: EventDetail['kind'];
  title: string;
  keyDay?: KeyDay | null;
  startsOn: Dayjs;
  endsOn: Dayjs;
  place?: string;
  programme?: string;
  planId?: string | null;
  taskId?: string | null;
  /** A held event's note of its results, corrected here. */
  resultsNote?: string;
};

const day = (value: Dayjs) => value.format('YYYY-MM-DD');

/** The tasks of a plan to pick the one the event carries out (none until a plan is picked). */
function useTaskOptions(planId: string | null | undefined) {
  const fetchTasks = useCallback(async () => (planId ? (await plansApi.get(planId)).tasks : []), [planId]);
  const tasks = useFetched(fetchTasks);
  return {
    loading: tasks.loading,
    options: (tasks.data ?? []).map((task) => ({
      value: task.id,
      label: `${task.ref} ${task.title}`.trim(),
    })),
  };
}

/**
 * An event organised or corrected: who organises it (a new one), what kind, its title, the key day it
 * celebrates (picking one suggests its date), when and where, its programme, and the plan task it
 * carries out. A stale save (someone saved in between) says so and the page reloads the event.
 */
export function EventFormModal({
  event,
  onClose,
  onSaved,
  onStale,
  defaultOrganiserId,
}: {
  /** The event corrected, or null for a new one. */
  event: EventDetail | null;
  onClose: () => void;
  onSaved: (event: EventDetail) => void;
  /** Someone saved the event meanwhile: the page reads it again. */
  onStale?: () => void;
  defaultOrganiserId?: string;
}) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const bodies = useReadableBodies(event?.organiser);
  const keyDayOptions = useOptionsOf(keyDayNames);
  const plans = useFetched(plansApi.list);
  const [planId, setPlanId] = useState<string | null>(event?.task?.planId ?? null);
  const tasks = useTaskOptions(planId);
  const today = vietnamToday();
  const initialValues = useMemo<Values>(() => {
    if (event) {
      const values = eventValuesOf(event);
      return {
        ...values,
        startsOn: dayjs(values.startsOn),
        endsOn: dayjs(values.endsOn),
        planId: event.task?.planId ?? null,
        resultsNote: event.resultsNote,
      };
    }
    return {
      organiserBodyId: defaultOrganiserId ?? me.user.roles[0]?.scopeBodyId ?? me.user.body.id,
      kind: 'conference',
      title: '',
      keyDay: null,
      startsOn: dayjs(today),
      endsOn: dayjs(today),
      planId: null,
      taskId: null,
    };
  }, [event, me, defaultOrganiserId, today]);

  const pickKeyDay = (keyDay: KeyDay | null | undefined) => {
    if (!keyDay) return;
    const start = form.getFieldValue('startsOn') as Dayjs | undefined;
    const suggested = keyDaySuggestion(keyDay, { startsOn: start ? day(start) : null }, today);
    form.setFieldsValue({ startsOn: dayjs(suggested.startsOn), endsOn: dayjs(suggested.endsOn) });
  };

  const save = () =>
    submit(
      async (values) => {
        const input = eventInputOf({
          ...values,
          startsOn: day(values.startsOn),
          endsOn: day(values.endsOn),
          taskId: values.taskId ?? null,
        });
        const saved = event
          ? await eventsApi.update(event.id, {
              ...input,
              ...(event.status === 'held' ? { resultsNote: values.resultsNote?.trim() ?? '' } : {}),
              version: event.version,
            })
          : await eventsApi.create(values.organiserBodyId ?? me.user.body.id, input);
        void message.success(t(event ? 'events.form.updated' : 'events.form.created'));
        onSaved(saved);
        onClose();
      },
      (caught, otherwise) => {
        if (!isStaleVersion(caught)) return otherwise();
        onStale?.();
        return t('events.form.stale');
      },
    );

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormModal
      open
      title={t(event ? 'events.form.editTitle' : 'events.form.newTitle')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="event-form-error"
      width={760}
      data-testid="event-form"
    >
      <VerticalForm<Values> form={form} name="event" initialValues={initialValues}>
        {!event && (
          <Form.Item
            name="organiserBodyId"
            label={t('events.field.organiser')}
            extra={t('events.form.organiserHint')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <BodySelect initial={bodies} ariaLabel={t('events.field.organiser')} />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={10}>
            <Form.Item name="kind" label={t('events.field.kind')} rules={[{ required: true }]}>
              <Select options={kindOptions(t)} data-testid="event-kind" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="keyDay" label={t('events.field.keyDay')} extra={t('events.form.keyDayHint')}>
              <Select
                allowClear
                options={keyDayOptions}
                placeholder={t('events.field.noKeyDay')}
                onChange={(value: KeyDay | undefined) => pickKeyDay(value)}
                data-testid="event-key-day"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('events.field.title')} rules={required}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 3 }}
            maxLength={L.title}
            data-testid="event-title"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} sm={8}>
            <Form.Item name="startsOn" label={t('events.field.startsOn')} rules={[{ required: true }]}>
              <DayPicker allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="endsOn"
              label={t('events.field.endsOn')}
              dependencies={['startsOn']}
              rules={[
                { required: true },
                ({ getFieldValue }) => ({
                  validator: (_rule, value: Dayjs | undefined) => {
                    const start = getFieldValue('startsOn') as Dayjs | undefined;
                    return value && start && value.isBefore(start, 'day')
                      ? Promise.reject(new Error(t('events.form.badDates')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DayPicker allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="place" label={t('events.field.place')}>
              <Input maxLength={L.place} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="programme" label={t('events.field.programme')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={L.programme} />
        </Form.Item>
        {event?.status === 'held' && (
          <Form.Item
            name="resultsNote"
            label={t('events.field.resultsNote')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={L.resultsNote} />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={10}>
            <Form.Item name="planId" label={t('events.field.plan')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                loading={plans.loading}
                placeholder={t('events.form.pickPlan')}
                options={(plans.data?.items ?? []).map((plan) => ({
                  value: plan.id,
                  label: [plan.number, plan.title].filter(Boolean).join(' – '),
                }))}
                onChange={(value: string | undefined) => {
                  setPlanId(value ?? null);
                  form.setFieldsValue({ taskId: null });
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="taskId" label={t('events.field.task')} extra={t('events.form.taskHint')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                disabled={!planId}
                loading={tasks.loading}
                placeholder={t('events.form.pickTask')}
                options={tasks.options}
              />
            </Form.Item>
          </Col>
        </Row>
      </VerticalForm>
    </FormModal>
  );
}
