import { DownloadOutlined } from '@ant-design/icons';
import { addDays, formatIsoDate, vietnamToday } from '@lantoa/domain/rules';
import { Button, DatePicker, Flex, Space, Tabs, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { DATE_FORMAT, formatNumber } from '../../shared/format.ts';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { useResource } from '../../shared/useResource.ts';
import { broadcastApi, type Station } from './api.ts';
import { LogTab } from './LogTab.tsx';
import { ProgrammeTab } from './ProgrammeTab.tsx';
import { PronunciationsTab } from './PronunciationsTab.tsx';
import { SettingsTab } from './SettingsTab.tsx';

/** What a missing (or hidden) station shows, and the way back. */
const NOT_FOUND: NotFound = {
  title: 'broadcast.station.notFound',
  to: '/broadcast/stations',
  back: 'broadcast.station.back',
};

const TABS = ['programme', 'log', 'settings', 'pronunciations'] as const;
type Tab = (typeof TABS)[number];

/** The offline pack of one day: a date and a download link. */
function PackDownload({
  station,
  day,
  onDay,
}: {
  station: Station;
  day: string;
  onDay: (day: string) => void;
}) {
  const t = useT();
  return (
    <Space.Compact>
      <DatePicker
        aria-label={t('broadcast.station.packDay')}
        format={DATE_FORMAT}
        allowClear={false}
        value={dayjs(day)}
        onChange={(value) => value && onDay(value.format('YYYY-MM-DD'))}
        style={{ width: 140 }}
      />
      <Tooltip title={t('broadcast.station.packHint')}>
        <Button
          icon={<DownloadOutlined />}
          href={broadcastApi.packUrl(station.id, day)}
          download
          data-testid="pack-download"
        >
          {t('broadcast.station.pack')}
        </Button>
      </Tooltip>
    </Space.Compact>
  );
}

/**
 * What the day's pack would leave out (no audio, audio being made, audio of an earlier text) and what
 * to do, shown before the download: the pack airs only recordings of the approved text.
 */
function PackWarning({ station, day }: { station: Station; day: string }) {
  const t = useT();
  const check = useCallback(() => broadcastApi.packCheck(station.id, day), [station.id, day]);
  const { data, loading, error, reload } = useFetched(check);
  const recheck = (
    <Button size="small" loading={loading} onClick={() => void reload()}>
      {t('broadcast.station.packRecheck')}
    </Button>
  );
  if (error) {
    return (
      <Notice type="warning" title={t('broadcast.station.packCheckFailed', { error })} action={recheck} />
    );
  }
  // An answer for another day (the date just changed) waits for its own.
  if (!data || data.date !== day || data.leftOut.length === 0) return null;
  return (
    <Notice
      type="warning"
      data-testid="pack-left-out"
      title={t('broadcast.station.packLeftOut', { date: formatIsoDate(day), count: data.leftOut.length })}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {t('broadcast.station.packLeftOutHelp')}
          </Typography.Paragraph>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {data.leftOut.map((bulletin) => (
              <li key={bulletin.bulletinId}>
                <Link to={`/broadcast/bulletins/${bulletin.bulletinId}`}>{bulletin.title}</Link> (
                {t('broadcast.station.packSessions', { sessions: bulletin.sessions.join(', ') })}):{' '}
                {t(`broadcast.station.packKind.${bulletin.kind}`)}
              </li>
            ))}
          </ul>
        </>
      }
      action={recheck}
    />
  );
}

/** One loudspeaker station: its programme for the week, its broadcast log and its settings. */
export default function StationPage() {
  const t = useT();
  const me = useMe();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [logKey, setLogKey] = useState(0);
  const today = vietnamToday();
  const [packDay, setPackDay] = useState(() => addDays(today, 1));
  const tab: Tab = TABS.find((candidate) => candidate === params.get('tab')) ?? 'programme';
  const canRun = me.abilities.broadcast;

  const fetchStation = useCallback(
    async (accept: (station: Station) => void) => {
      const station = (await broadcastApi.stations()).items.find((s) => s.id === id);
      if (!station) throw new ApiError(404, 'not_found', '');
      accept(station);
    },
    [id],
  );
  const { resource, accept, reload } = useResource(fetchStation, { spinner: 'once' });

  if (resource.state !== 'ok') {
    return <ResourcePending resource={resource} notFound={NOT_FOUND} />;
  }
  const station = resource.data;

  return (
    <>
      <PageTitle
        title={station.name}
        sub={
          <Flex gap={8} wrap>
            <Typography.Text type="secondary">{station.body.name}</Typography.Text>
            <Typography.Text type="secondary">
              · {t('broadcast.stations.listeners')}: {formatNumber(station.listeners)}
            </Typography.Text>
          </Flex>
        }
        extra={<PackDownload station={station} day={packDay} onDay={setPackDay} />}
      />
      <PackWarning station={station} day={packDay} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          {
            key: 'programme',
            label: t('broadcast.station.tab.programme'),
            children: (
              <ProgrammeTab
                station={station}
                today={today}
                canRun={canRun}
                onLogged={() => setLogKey((k) => k + 1)}
              />
            ),
          },
          {
            key: 'log',
            label: t('broadcast.station.tab.log'),
            children: <LogTab station={station} today={today} canRun={canRun} refreshKey={logKey} />,
          },
          {
            key: 'settings',
            label: t('broadcast.station.tab.settings'),
            children: (
              <SettingsTab
                station={station}
                canRun={canRun}
                onSaved={(saved) => (saved ? accept(saved) : void reload())}
              />
            ),
          },
          {
            key: 'pronunciations',
            label: t('broadcast.pronunciations.tab'),
            children: <PronunciationsTab bodyId={station.body.id} />,
          },
        ]}
      />
    </>
  );
}
