import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatNumber } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { useList } from '../../shared/useList.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { useDefaultBody } from '../library/UploadItemModal.tsx';
import { broadcastApi, type Session, type Station } from './api.ts';
import { StationFields } from './StationFields.tsx';

interface NewStation {
  bodyId: string;
  name: string;
  listeners: number;
  sessions: Session[];
}

function NewStationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const defaultBody = useDefaultBody();
  const [form] = Form.useForm<NewStation>();
  const { saving, error, submit } = useSubmit(form);
  const save = async () => {
    await submit(async (values) => {
      const { station } = await broadcastApi.createStation({ ...values, name: values.name.trim() });
      void message.success(t('broadcast.stations.created'));
      onClose();
      void navigate(`/broadcast/stations/${station.id}?tab=settings`);
    });
  };
  return (
    <FormModal
      open={open}
      title={t('broadcast.stations.new')}
      okText={t('common.create')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      width={560}
    >
      <VerticalForm<NewStation>
        form={form}
        name="new-station"
        initialValues={{
          bodyId: defaultBody.id,
          listeners: 0,
          sessions: [
            { start: '06:00', maxMinutes: 15 },
            { start: '17:00', maxMinutes: 15 },
          ],
        }}
      >
        <Form.Item name="bodyId" label={t('broadcast.stations.body')} rules={[{ required: true }]}>
          <BodySelect initial={[defaultBody]} />
        </Form.Item>
        <StationFields />
      </VerticalForm>
    </FormModal>
  );
}

/** The loudspeaker stations in the person's scope. */
export default function StationsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const listStations = useCallback(async () => (await broadcastApi.stations()).items, []);
  const { items, error } = useList(listStations);
  return (
    <>
      <PageTitle
        title={t('broadcast.stations.title')}
        extra={
          me.abilities.broadcast && (
            <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('broadcast.stations.new')}
            </Button>
          )
        }
      />
      <Card>
        <ErrorAlert error={error} />
        <Table<Station>
          data-testid="stations-table"
          rowKey="id"
          loading={items === null}
          dataSource={items ?? []}
          pagination={clientPagination(20)}
          locale={{ emptyText: t('broadcast.stations.empty') }}
          onRow={rowOpens((row) => navigate(`/broadcast/stations/${row.id}`))}
          columns={[
            {
              title: t('broadcast.stations.name'),
              key: 'name',
              render: (_v, row) => <RowLink to={`/broadcast/stations/${row.id}`}>{row.name}</RowLink>,
            },
            {
              title: t('broadcast.stations.body'),
              key: 'body',
              width: 240,
              render: (_v, row) => row.body.name,
            },
            {
              title: t('broadcast.stations.listeners'),
              dataIndex: 'listeners',
              width: 140,
              align: 'right',
              render: (value: number) => formatNumber(value),
            },
            {
              title: t('broadcast.stations.sessions'),
              key: 'sessions',
              width: 260,
              render: (_v, row) =>
                row.sessions.map((s) => (
                  <Tag key={s.start}>
                    {s.start} · {formatNumber(s.maxMinutes)}′
                  </Tag>
                )),
            },
          ]}
        />
      </Card>
      {creating && <NewStationModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
