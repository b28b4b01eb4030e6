import { PlusOutlined } from '@ant-design/icons';
import { addDays } from '@lantoa/domain/rules';
import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { DATE_FORMAT, DATE_TIME_FORMAT, formatDateTime } from '../../shared/format.ts';
import { clientPagination } from '../../shared/pagination.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { broadcastApi, formatSeconds, type LogEntry, type Station } from './api.ts';
import { useBulletinOptions } from './useBulletinOptions.ts';

interface RecordValues {
  bulletinId?: string;
  title?: string;
  airedAt: Dayjs;
  minutes?: number | null;
}

function RecordModal({
  station,
  open,
  onClose,
  onRecorded,
}: {
  station: Station;
  open: boolean;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RecordValues>();
  const { query, setQuery, options } = useBulletinOptions();
  const { saving, error, setError, run } = useSubmit(form);
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const title = values.title?.trim();
    if (!values.bulletinId && !title) return setError(t('broadcast.log.needTitle'));
    await run(async () => {
      await broadcastApi.record(station.id, {
        ...(values.bulletinId ? { bulletinId: values.bulletinId } : {}),
        ...(title ? { title } : {}),
        airedAt: values.airedAt.toISOString(),
        ...(values.minutes ? { durationSeconds: Math.round(values.minutes * 60) } : {}),
      });
      void message.success(t('broadcast.log.recorded'));
      onRecorded();
    });
  };

  return (
    <FormModal
      open={open}
      title={t('broadcast.log.record')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      width={560}
    >
      <VerticalForm<RecordValues> form={form} name="log-record" initialValues={{ airedAt: dayjs() }}>
        <Form.Item
          name="bulletinId"
          label={t('broadcast.log.bulletin')}
          extra={t('broadcast.log.bulletinHint')}
        >
          <Select
            allowClear
            showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
            options={options}
            placeholder={t('broadcast.bulletin.pickBulletin')}
          />
        </Form.Item>
        <Form.Item name="title" label={t('broadcast.log.otherTitle')}>
          <Input maxLength={300} />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item
            name="airedAt"
            label={t('broadcast.log.airedAt')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} />
          </Form.Item>
          <Form.Item name="minutes" label={t('broadcast.log.minutes')}>
            <InputNumber min={0} max={600} step={0.5} decimalSeparator="," />
          </Form.Item>
        </Flex>
      </VerticalForm>
    </FormModal>
  );
}

/** What the station aired in a period, and a form to record a broadcast by hand. */
export function LogTab({
  station,
  today,
  canRun,
  refreshKey,
}: {
  station: Station;
  today: string;
  canRun: boolean;
  refreshKey: number;
}) {
  const t = useT();
  const [range, setRange] = useState<[string, string]>([addDays(today, -30), addDays(today, 7)]);
  const [items, setItems] = useState<LogEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);

  const load = useCallback(async () => {
    try {
      setItems((await broadcastApi.log(station.id, { from: range[0], to: range[1] })).items);
      setError(null);
    } catch (caught) {
      setError(errorText(caught, t));
      setItems([]);
    }
  }, [station.id, range, t]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey asks for a reload after a log entry elsewhere.
  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  return (
    <Card size="small">
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          aria-label={t('broadcast.log.range')}
          format={DATE_FORMAT}
          allowClear={false}
          value={[dayjs(range[0]), dayjs(range[1])]}
          onChange={(values) => {
            const [start, end] = values ?? [];
            if (start && end) setRange([start.format('YYYY-MM-DD'), end.format('YYYY-MM-DD')]);
          }}
        />
        {canRun && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRecording(true)}
            style={{ marginInlineStart: 'auto' }}
          >
            {t('broadcast.log.record')}
          </Button>
        )}
      </Flex>
      <ErrorAlert error={error} />
      <Table<LogEntry>
        size="small"
        rowKey="id"
        data-testid="broadcast-log"
        loading={items === null}
        dataSource={items ?? []}
        pagination={clientPagination(20)}
        locale={{ emptyText: t('broadcast.log.empty') }}
        columns={[
          {
            title: t('broadcast.log.airedAt'),
            key: 'airedAt',
            width: 160,
            render: (_v, row) => formatDateTime(row.airedAt),
          },
          {
            title: t('broadcast.log.title'),
            key: 'title',
            render: (_v, row) =>
              row.bulletin ? (
                <Link to={`/broadcast/bulletins/${row.bulletin.id}`}>{row.title}</Link>
              ) : (
                row.title
              ),
          },
          {
            title: t('broadcast.log.duration'),
            key: 'duration',
            width: 100,
            render: (_v, row) => formatSeconds(row.durationSeconds),
          },
          {
            title: t('broadcast.log.source'),
            key: 'source',
            width: 150,
            render: (_v, row) => (
              <Tag color={row.source === 'api' ? 'blue' : 'default'}>
                {t(`broadcast.log.source.${row.source}`)}
              </Tag>
            ),
          },
          {
            title: t('broadcast.log.recordedBy'),
            key: 'recordedBy',
            width: 180,
            render: (_v, row) => row.recordedBy ?? t('common.none'),
          },
        ]}
      />
      {recording && (
        <RecordModal
          station={station}
          open={recording}
          onClose={() => setRecording(false)}
          onRecorded={() => {
            setRecording(false);
            void load();
          }}
        />
      )}
    </Card>
  );
}
