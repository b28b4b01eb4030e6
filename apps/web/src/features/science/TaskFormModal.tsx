import { SCIENCE_TASK_LIMITS as L } from '@lantoa/domain/constants';
import { App, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { DayPicker } from '../../shared/DayPicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { isStaleVersion } from '../../shared/staleVersion.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { useReadableBodies } from '../training/labels.tsx';
import { type ScienceTask, scienceApi } from './api.ts';
import { useScienceLabels } from './labels.tsx';
import { type TaskFormValues, taskInputOf, taskValuesOf, withdrawsOnSave } from './task-form.ts';

type Values = Omit<TaskFormValues, 'startsOn' | 'endsOn'> & {
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  bodyId?: string;
};

const dayOf = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/**
 * A task entered by hand or corrected: what the department's list holds, the plain-language summary
 * the public page and a bulletin read, and whether it is a state secret (never public; marking a
 * public task secret takes it off the public pages on save, which the form says first).
 */
export function TaskFormModal({
  task,
  defaultBodyId,
  onClose,
  onSaved,
}: {
  /** The task corrected, or null for a new one. */
  task: ScienceTask | null;
  defaultBodyId: string;
  onClose: () => void;
  onSaved: (task: ScienceTask) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const labels = useScienceLabels();
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const bodies = useReadableBodies(task?.body);
  const isSecret = Form.useWatch('isSecret', form);
  const initialValues = useMemo<Values>(() => {
    if (!task)
      return {
        code: '',
        title: '',
        level: 'province',
        status: 'approved',
        isSecret: false,
        bodyId: defaultBodyId,
      };
    const values = taskValuesOf(task);
    return {
      ...values,
      startsOn: values.startsOn ? dayjs(values.startsOn) : null,
      endsOn: values.endsOn ? dayjs(values.endsOn) : null,
    };
  }, [task, defaultBodyId]);

  const save = () =>
    submit(
      async (values) => {
        const input = taskInputOf({
          ...values,
          startsOn: dayOf(values.startsOn),
          endsOn: dayOf(values.endsOn),
        });
        const saved = task
          ? await scienceApi.update(task.id, { ...input, version: task.version })
          : await scienceApi.create(values.bodyId ?? defaultBodyId, input);
        void message.success(t(task ? 'science.form.updated' : 'science.form.created'));
        onSaved(saved);
        onClose();
      },
      (caught, otherwise) => (isStaleVersion(caught) ? t('science.form.stale') : otherwise()),
    );

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormModal
      open
      title={t(task ? 'science.form.editTitle' : 'science.form.newTitle')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="task-form-error"
      width={760}
      data-testid="task-form"
    >
      <VerticalForm<Values> form={form} name="science-task" initialValues={initialValues}>
        {!task && bodies.length > 1 && (
          <Form.Item name="bodyId" label={t('science.form.body')} rules={[{ required: true }]}>
            <BodySelect initial={bodies} />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="code" label={t('science.field.code')} rules={required}>
              <Input maxLength={L.code} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="level" label={t('science.field.level')} rules={[{ required: true }]}>
              <Select options={labels.levelOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="status" label={t('science.field.status')} rules={[{ required: true }]}>
              <Select options={labels.statusOptions} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('science.field.title')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={L.title} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="hostOrganisation" label={t('science.field.host')}>
              <Input maxLength={L.hostOrganisation} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="leadScientist" label={t('science.field.lead')}>
              <Input maxLength={L.leadScientist} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="budgetMillions"
              label={t('science.field.budgetMillions')}
              extra={t('science.field.budgetHint')}
            >
              <InputNumber
                min={0}
                max={1_000_000_000}
                decimalSeparator=","
                precision={3}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="startsOn" label={t('science.field.startsOn')}>
              <DayPicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="endsOn" label={t('science.field.endsOn')}>
              <DayPicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t('science.field.summary')} extra={t('science.field.summaryHint')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={L.summary} showCount />
        </Form.Item>
        <Form.Item name="results" label={t('science.field.results')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={L.results} />
        </Form.Item>
        <Form.Item name="isSecret" valuePropName="checked" extra={t('science.field.secretHint')}>
          <Checkbox data-testid="task-secret-box">{t('science.field.secret')}</Checkbox>
        </Form.Item>
        {withdrawsOnSave(task, isSecret) && (
          <Notice type="warning" title={t('science.form.withdrawWarning')} />
        )}
      </VerticalForm>
    </FormModal>
  );
}
