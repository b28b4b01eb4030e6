import { DeleteOutlined } from '@ant-design/icons';
import type { Audience, CourseKind } from '@lantoa/domain/constants';
import { vietnamToday } from '@lantoa/domain/rules';
import {
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { useOptionsOf } from '../../shared/bilingualNames.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { DATE_FORMAT, formatNumber } from '../../shared/format.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { trainingApi } from './api.ts';
import { audienceNames, kindOptions } from './labels.tsx';

interface Values {
  kind: CourseKind;
  topic: string;
  audiences: Audience[];
  startsOn: Dayjs;
  endsOn: Dayjs;
  place?: string;
  onlineLink?: string;
  organiserBodyId: string;
}

/** An invited body and the people it is asked to send. */
interface QuotaRow {
  bodyId: string;
  name: string;
  quota: number;
}

/**
 * The organiser sets up a course or a briefing: what, for whom, when and where, and the people
 * each invited body is asked to send (a briefing: expected), bodies added one by one by search.
 */
export function CourseFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  // A course is organised by the person's own body (the science department, a commune), or by a body
  // of their grants: their own is offered first.
  const defaultBody = me.user.body;
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, submit } = useSubmit(form);
  const [quotas, setQuotas] = useState<QuotaRow[]>([]);
  const audienceOptions = useOptionsOf(audienceNames);
  const organisers = useMemo(
    () => [
      defaultBody,
      ...me.user.roles
        .filter((grant) => grant.scopeBodyId !== defaultBody.id)
        .map((grant) => ({ id: grant.scopeBodyId, name: grant.scopeBodyName ?? '', kind: 'other' as const })),
    ],
    [me, defaultBody],
  );
  const today = dayjs(vietnamToday());

  const addBody = (bodyId: string | undefined, name: string | undefined) => {
    if (!bodyId) return;
    setError(null);
    setQuotas((rows) =>
      rows.some((row) => row.bodyId === bodyId) ? rows : [...rows, { bodyId, name: name ?? '', quota: 1 }],
    );
  };
  const setQuota = (bodyId: string, quota: number | null) =>
    setQuotas((rows) => rows.map((row) => (row.bodyId === bodyId ? { ...row, quota: quota ?? 1 } : row)));

  const save = () =>
    submit(async (values) => {
      const { id } = await trainingApi.createCourse(values.organiserBodyId, {
        kind: values.kind,
        topic: values.topic.trim(),
        audiences: values.audiences,
        startsOn: values.startsOn.format('YYYY-MM-DD'),
        endsOn: values.endsOn.format('YYYY-MM-DD'),
        place: values.place?.trim() ?? '',
        onlineLink: values.onlineLink?.trim() ?? '',
        quotas: quotas.map(({ bodyId, quota }) => ({ bodyId, quota })),
      });
      void message.success(t('training.courses.created'));
      onClose();
      void navigate(`/training/courses/${id}`);
    });

  return (
    <FormModal
      open={open}
      title={t('training.courses.new')}
      okText={t('common.create')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="course-form-error"
      width={760}
    >
      <VerticalForm<Values>
        form={form}
        name="course"
        initialValues={{
          kind: 'training',
          audiences: [],
          startsOn: today,
          endsOn: today,
          organiserBodyId: defaultBody.id,
        }}
      >
        <Form.Item name="kind" label={t('training.form.kind')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={kindOptions(t)} />
        </Form.Item>
        <Form.Item
          name="topic"
          label={t('training.form.topic')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="audiences"
          label={t('training.form.audiences')}
          rules={[{ required: true, type: 'array', min: 1, message: t('training.form.pickAudience') }]}
        >
          <Select mode="multiple" options={audienceOptions} allowClear />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="startsOn" label={t('training.form.startsOn')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" allowClear={false} />
          </Form.Item>
          <Form.Item
            name="endsOn"
            label={t('training.form.endsOn')}
            dependencies={['startsOn']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_rule, value: Dayjs | undefined) => {
                  const start = getFieldValue('startsOn') as Dayjs | undefined;
                  return value && start && value.isBefore(start, 'day')
                    ? Promise.reject(new Error(t('training.form.badDates')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" allowClear={false} />
          </Form.Item>
        </Flex>
        <Form.Item name="place" label={t('training.form.place')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="onlineLink"
          label={t('training.form.onlineLink')}
          extra={t('training.form.onlineLinkHint')}
          rules={[{ pattern: /^https?:\/\//i, message: t('training.form.onlineLinkHint') }]}
        >
          <Input maxLength={500} inputMode="url" />
        </Form.Item>
        <Form.Item name="organiserBodyId" label={t('training.form.organiser')} rules={[{ required: true }]}>
          <BodySelect initial={organisers} />
        </Form.Item>
        <Form.Item label={t('training.form.quotas')} extra={t('training.form.quotasHint')}>
          <Flex vertical gap={8}>
            <BodySelect
              value={null}
              ariaLabel={t('training.form.addBody')}
              placeholder={t('training.form.addBody')}
              onChange={(bodyId, hit) => addBody(bodyId, hit?.name)}
            />
            <Table<QuotaRow>
              size="small"
              rowKey="bodyId"
              data-testid="course-quotas"
              dataSource={quotas}
              pagination={false}
              locale={{ emptyText: t('training.form.noQuotas') }}
              columns={[
                { title: t('training.form.quotaBody'), dataIndex: 'name' },
                {
                  title: t('training.form.quotaPeople'),
                  key: 'quota',
                  width: 140,
                  render: (_v, row) => (
                    <InputNumber<number>
                      min={1}
                      max={10_000}
                      precision={0}
                      value={row.quota}
                      onChange={(value) => setQuota(row.bodyId, value)}
                      aria-label={t('training.form.quotaOf', { body: row.name })}
                    />
                  ),
                },
                {
                  key: 'remove',
                  width: 48,
                  render: (_v, row) => (
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('training.form.removeBody', { body: row.name })}
                      onClick={() => setQuotas((rows) => rows.filter((r) => r.bodyId !== row.bodyId))}
                    />
                  ),
                },
              ]}
            />
            {quotas.length > 0 && (
              <Typography.Text type="secondary">
                {t('training.form.quotaTotal', {
                  bodies: quotas.length,
                  people: formatNumber(quotas.reduce((sum, row) => sum + row.quota, 0)),
                })}
              </Typography.Text>
            )}
          </Flex>
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}
