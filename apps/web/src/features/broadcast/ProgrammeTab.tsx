import { CheckOutlined, DeleteOutlined, NotificationOutlined, PlusOutlined } from '@ant-design/icons';
import { addDays, startOfDayInVietnam } from '@lantoa/domain/rules';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Flex,
  Form,
  Popconfirm,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { DATE_FORMAT, formatDate } from '../../shared/format.ts';
import { Notice } from '../../shared/Notice.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import {
  broadcastApi,
  formatSeconds,
  type PlacementReason,
  type Programme,
  type ProgrammeItem,
  type ProgrammeSession,
  type Station,
} from './api.ts';
import { PriorityTag } from './labels.tsx';
import { useBulletinOptions } from './useBulletinOptions.ts';

/** `HH:MM` plus some seconds, as HH:MM:SS. */
function clockAt(start: string, offsetSeconds: number): string {
  const [h = 0, m = 0] = start.split(':').map(Number);
  const total = h * 3600 + m * 60 + Math.round(offsetSeconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600) % 24)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/** Why a bulletin is in a session. */
const reasonText = (t: ReturnType<typeof useT>, reason: PlacementReason): string =>
  t(`broadcast.programme.reason.${reason}`);

/** When a session starts: its day and its `HH:MM`, Vietnam time. */
function sessionStartsAt(session: Pick<ProgrammeSession, 'date' | 'start'>): number {
  const [h = 0, m = 0] = session.start.split(':').map(Number);
  return startOfDayInVietnam(session.date) + (h * 60 + m) * 60_000;
}

const sessionLabel = (t: ReturnType<typeof useT>, s: ProgrammeSession) =>
  t('broadcast.programme.session', { start: s.start, date: formatDate(s.date) });

function PlaceModal({
  station,
  sessions,
  open,
  onClose,
  onPlaced,
}: {
  station: Station;
  sessions: ProgrammeSession[];
  open: boolean;
  onClose: () => void;
  onPlaced: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const { query, setQuery, options } = useBulletinOptions('normal');
  const [bulletinId, setBulletinId] = useState<string | undefined>(undefined);
  const [sessionIds, setSessionIds] = useState<string[]>([]);
  const { saving, error, setError, run } = useSubmit();
  // A bulletin is placed for sessions still to come: one already started or past cannot air it.
  const upcoming = sessions.filter((s) => sessionStartsAt(s) > Date.now());
  const save = async () => {
    if (!bulletinId) return setError(t('broadcast.programme.pickBulletin'));
    if (sessionIds.length === 0) return setError(t('broadcast.programme.pickSessions'));
    await run(async () => {
      await broadcastApi.place(station.id, bulletinId, sessionIds);
      void message.success(t('broadcast.programme.placed'));
      onPlaced();
    });
  };

  return (
    <FormModal
      open={open}
      title={t('broadcast.programme.placeTitle')}
      okText={t('broadcast.programme.place')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      width={560}
    >
      <VerticalForm name="place">
        <Form.Item label={t('broadcast.programme.placeBulletin')} htmlFor="place-bulletin" required>
          <Select
            id="place-bulletin"
            showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
            value={bulletinId}
            onChange={(value) => {
              setBulletinId(value);
              setQuery('');
            }}
            options={options}
            placeholder={t('broadcast.bulletin.pickBulletin')}
          />
        </Form.Item>
        <Form.Item label={t('broadcast.programme.placeSessions')} required>
          {upcoming.length === 0 ? (
            <Typography.Text type="secondary" data-testid="no-upcoming-sessions">
              {t('broadcast.programme.noUpcoming')}
            </Typography.Text>
          ) : (
            <Checkbox.Group
              value={sessionIds}
              onChange={(values) => setSessionIds(values as string[])}
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={upcoming.map((s) => ({ value: s.id, label: sessionLabel(t, s) }))}
            />
          )}
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}

function SessionCard({
  session,
  canRun,
  onAired,
  onRemove,
}: {
  session: ProgrammeSession;
  canRun: boolean;
  onAired: (session: ProgrammeSession, item: ProgrammeItem) => Promise<void>;
  onRemove: (session: ProgrammeSession, item: ProgrammeItem) => Promise<void>;
}) {
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const over = session.totalSeconds > session.maxSeconds;
  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    try {
      await action();
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card
      size="small"
      title={sessionLabel(t, session)}
      data-testid="programme-session"
      data-session-id={session.id}
      extra={
        <Tag color={over ? 'red' : 'green'} data-testid="session-total">
          {t('broadcast.programme.total', {
            total: formatSeconds(session.totalSeconds),
            limit: formatSeconds(session.maxSeconds),
          })}
        </Tag>
      }
      styles={{ body: session.items.length ? { padding: 0 } : { padding: '8px 12px' } }}
      style={{ marginBottom: 12 }}
    >
      {session.items.length === 0 ? (
        <Typography.Text type="secondary">{t('broadcast.programme.empty')}</Typography.Text>
      ) : (
        <Table<ProgrammeItem>
          size="small"
          rowKey="bulletinId"
          dataSource={session.items}
          pagination={false}
          locale={{ emptyText: t('broadcast.programme.empty') }}
          onRow={() => ({ 'data-testid': 'programme-item' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: '#',
              key: 'order',
              width: 40,
              render: (_v, _row, index) => index + 1,
            },
            {
              title: t('broadcast.programme.time'),
              key: 'at',
              width: 90,
              render: (_v, row) => clockAt(session.start, row.startOffsetSeconds),
            },
            {
              title: t('broadcast.bulletin.field.title'),
              key: 'title',
              render: (_v, row) => (
                <>
                  <Link to={`/broadcast/bulletins/${row.bulletinId}`}>{row.title}</Link>
                  {row.reason && (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {reasonText(t, row.reason)}
                      </Typography.Text>
                    </div>
                  )}
                </>
              ),
            },
            {
              title: t('broadcast.bulletin.field.priority'),
              key: 'priority',
              width: 120,
              render: (_v, row) => <PriorityTag priority={row.priority} t={t} />,
            },
            {
              title: t('broadcast.log.duration'),
              key: 'duration',
              width: 110,
              render: (_v, row) =>
                row.durationSeconds > 0 ? (
                  formatSeconds(row.durationSeconds)
                ) : (
                  <Typography.Text type="warning">{t('broadcast.programme.noAudio')}</Typography.Text>
                ),
            },
            {
              key: 'actions',
              width: 190,
              align: 'right',
              render: (_v, row) => (
                <Flex gap={4} justify="flex-end">
                  {row.aired ? (
                    <Tag color="green" icon={<CheckOutlined />} data-testid="aired-tag">
                      {t('broadcast.programme.aired')}
                    </Tag>
                  ) : (
                    canRun && (
                      <Button
                        size="small"
                        icon={<CheckOutlined />}
                        loading={busy === `aired:${row.bulletinId}`}
                        onClick={() => void run(`aired:${row.bulletinId}`, () => onAired(session, row))}
                      >
                        {t('broadcast.programme.markAired')}
                      </Button>
                    )
                  )}
                  {canRun && row.priority === 'normal' && !row.aired && (
                    <Popconfirm
                      title={t('broadcast.programme.remove')}
                      okText={t('common.yes')}
                      cancelText={t('common.no')}
                      onConfirm={() => run(`remove:${row.bulletinId}`, () => onRemove(session, row))}
                    >
                      <Button
                        size="small"
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('broadcast.programme.remove')}
                        loading={busy === `remove:${row.bulletinId}`}
                      />
                    </Popconfirm>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** The next seven days of a station: sessions and their bulletins in order, issues, emergencies. */
export function ProgrammeTab({
  station,
  today,
  canRun,
  onLogged,
}: {
  station: Station;
  today: string;
  canRun: boolean;
  onLogged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [from, setFrom] = useState(today);
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [placing, setPlacing] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setProgramme(await broadcastApi.programme(station.id, from, 7));
      setError(null);
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setLoading(false);
    }
  }, [station.id, from, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const aired = async (
    session: ProgrammeSession | null,
    item: { bulletinId: string; durationSeconds?: number },
  ) => {
    try {
      await broadcastApi.record(station.id, {
        bulletinId: item.bulletinId,
        ...(session ? { sessionId: session.id } : {}),
        ...(item.durationSeconds ? { durationSeconds: Math.round(item.durationSeconds) } : {}),
      });
      void message.success(t('broadcast.programme.markedAired'));
      onLogged();
      await load();
    } catch (caught) {
      void message.error(errorText(caught, t));
    }
  };

  const remove = async (session: ProgrammeSession, item: ProgrammeItem) => {
    try {
      await broadcastApi.unplace(station.id, item.bulletinId, session.id);
      void message.success(t('broadcast.programme.removed'));
      await load();
    } catch (caught) {
      void message.error(errorText(caught, t));
    }
  };

  // Sessions by day, in order.
  const days = new Map<string, ProgrammeSession[]>();
  for (const session of programme?.sessions ?? []) {
    days.set(session.date, [...(days.get(session.date) ?? []), session]);
  }

  return (
    <Spin spinning={loading && programme !== null}>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Typography.Text>{t('broadcast.programme.from')}</Typography.Text>
        <DatePicker
          aria-label={t('broadcast.programme.from')}
          format={DATE_FORMAT}
          allowClear={false}
          value={dayjs(from)}
          onChange={(value) => value && setFrom(value.format('YYYY-MM-DD'))}
        />
        <Typography.Text type="secondary">– {formatDate(addDays(from, 6))}</Typography.Text>
        {canRun && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setPlacing(true)}
            disabled={!programme || programme.sessions.length === 0}
            style={{ marginInlineStart: 'auto' }}
          >
            {t('broadcast.programme.place')}
          </Button>
        )}
      </Flex>
      <ErrorAlert error={error} />
      {programme === null && loading && <Spin />}
      {programme && programme.immediate.length > 0 && (
        <Notice
          type="error"
          icon={<NotificationOutlined />}
          data-testid="emergency-banner"
          title={t('broadcast.programme.emergency')}
          description={
            <Flex vertical gap={6}>
              {programme.immediate.map((item) => (
                <Flex key={item.bulletinId} justify="space-between" align="center" gap={8} wrap>
                  <Link to={`/broadcast/bulletins/${item.bulletinId}`}>{item.title}</Link>
                  {canRun && (
                    <Button size="small" danger onClick={() => void aired(null, item)}>
                      {t('broadcast.programme.markAired')}
                    </Button>
                  )}
                </Flex>
              ))}
            </Flex>
          }
        />
      )}
      {programme && programme.issues.length > 0 && (
        <Notice
          type="warning"
          data-testid="programme-issues"
          title={t('broadcast.programme.issues')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {programme.issues.map((issue) => (
                <li key={`${issue.kind}:${issue.sessionId ?? ''}:${issue.bulletinId ?? ''}`}>
                  {issue.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {programme && programme.sessions.length === 0 && (
        <Empty description={t('broadcast.programme.noSessions')} />
      )}
      {[...days.entries()].map(([date, sessions]) => (
        <div key={date} style={{ marginBottom: 8 }}>
          <Typography.Title level={5}>{dayjs(date).format('dddd, DD/MM/YYYY')}</Typography.Title>
          {sessions.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              canRun={canRun}
              onAired={aired}
              onRemove={remove}
            />
          ))}
        </div>
      ))}
      {placing && programme && (
        <PlaceModal
          station={station}
          sessions={programme.sessions}
          open={placing}
          onClose={() => setPlacing(false)}
          onPlaced={() => {
            setPlacing(false);
            void load();
          }}
        />
      )}
    </Spin>
  );
}
