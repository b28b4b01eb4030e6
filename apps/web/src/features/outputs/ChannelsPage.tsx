import { EditOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { formatIsoDate } from '@lantoa/domain/rules';
import { Button, Card, Checkbox, Flex, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useState } from 'react';
import type { BodyBrief } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { errorText } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { webLink } from '../../shared/webLink.ts';
import { useReadableBodies } from '../training/labels.tsx';
import { type Channel, type FeedReadResult, outputsApi } from './api.ts';
import { ChannelFormModal } from './ChannelFormModal.tsx';
import { formatInstant, useOutputLabels } from './labels.tsx';

/** The form open: a new channel of the body shown, or one being corrected. */
type Editing = { channel: Channel | null } | null;

/** The last "read now" and what it gave, above the table. */
interface LastRead {
  channel: string;
  result: FeedReadResult;
}

/**
 * A body's channels (its portal's section, the press's dedicated pages and programmes, its fanpage
 * and Zalo OA): the feed read every day and how the last read went, the last thing published, and
 * which have been silent for 30 days. Those who communicate register and correct them, and read a
 * feed at once.
 */
export default function ChannelsPage() {
  const t = useT();
  const me = useMe();
  const labels = useOutputLabels();
  const canEdit = me.abilities.communicate === true;
  const bodies = useReadableBodies();
  // Every channel the reader sees at first: a province's coordinator follows up the silent ones of all
  // its bodies; picking a body narrows the list and lets a channel be added to it.
  const [body, setBody] = useState<BodyBrief | null>(null);
  const [silentOnly, setSilentOnly] = useState(false);
  const bodyId = body?.id;
  const fetchChannels = useCallback(
    () => outputsApi.channels({ bodyId, silent: silentOnly }),
    [bodyId, silentOnly],
  );
  const channels = useFetched(fetchChannels);
  const [editing, setEditing] = useState<Editing>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [lastRead, setLastRead] = useState<LastRead | null>(null);

  const readNow = async (channel: Channel) => {
    setReading(channel.id);
    setLastRead(null);
    try {
      setLastRead({ channel: channel.name, result: await outputsApi.readFeed(channel.id) });
    } catch (caught) {
      setLastRead({ channel: channel.name, result: { recorded: 0, error: errorText(caught, t) } });
    } finally {
      setReading(null);
      void channels.reload();
    }
  };

  return (
    <>
      <PageTitle
        title={t('outputs.channels.title')}
        subtitle={t('outputs.channels.subtitle')}
        extra={
          canEdit &&
          body && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ channel: null })}
              data-testid="channel-add"
            >
              {t('outputs.channels.add')}
            </Button>
          )
        }
      />
      <Card>
        <FilterBar>
          <BodySelect
            value={bodyId}
            initial={bodies}
            onChange={(id, hit) =>
              setBody(
                id
                  ? {
                      id,
                      name: hit?.name ?? bodies.find((known) => known.id === id)?.name ?? '',
                      kind: 'other',
                    }
                  : null,
              )
            }
            ariaLabel={t('outputs.channels.body')}
            placeholder={t('outputs.channels.allBodies')}
            allowClear
            style={{ width: 320, maxWidth: '100%' }}
          />
          <Checkbox
            checked={silentOnly}
            onChange={(event) => setSilentOnly(event.target.checked)}
            data-testid="channels-silent-only"
          >
            {t('outputs.channels.silentOnly')}
          </Checkbox>
        </FilterBar>
        {lastRead && (
          <Notice
            type={lastRead.result.error ? 'error' : 'success'}
            closable
            onClose={() => setLastRead(null)}
            title={
              lastRead.result.error
                ? t('outputs.channels.readFailed', { channel: lastRead.channel })
                : t('outputs.channels.readDone', {
                    channel: lastRead.channel,
                    n: formatNumber(lastRead.result.recorded),
                  })
            }
            description={lastRead.result.error ?? undefined}
            data-testid="feed-read-result"
          />
        )}
        <ListTable<Channel>
          testId="channels-table"
          list={channels}
          empty={t(silentOnly ? 'outputs.channels.noneSilent' : 'outputs.channels.empty')}
          pagination={clientPagination(50)}
          columns={[
            {
              title: t('outputs.channels.name'),
              key: 'name',
              render: (_v, row) => {
                const href = webLink(row.url);
                return (
                  <Flex vertical gap={4} align="flex-start">
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {row.name}
                      </a>
                    ) : (
                      <span>{row.name}</span>
                    )}
                    {row.silent && (
                      <Tooltip title={t('outputs.channels.silentHint')}>
                        <Tag color="orange" data-testid="channel-silent">
                          {t('outputs.channels.silent')}
                        </Tag>
                      </Tooltip>
                    )}
                  </Flex>
                );
              },
            },
            {
              title: t('outputs.channels.kind'),
              key: 'kind',
              width: 200,
              render: (_v, row) => labels.channelKindName(row.kind),
            },
            ...(bodyId
              ? []
              : [
                  {
                    title: t('outputs.channels.body'),
                    key: 'body',
                    width: 200,
                    render: (_v: unknown, row: Channel) => row.body.name,
                  },
                ]),
            {
              title: t('outputs.channels.feedUrl'),
              key: 'feed',
              width: 240,
              render: (_v, row) => {
                const href = webLink(row.feedUrl);
                return href ? (
                  <Typography.Link
                    href={href}
                    target="_blank"
                    rel="noopener noreferrer"
                    ellipsis
                    style={{ maxWidth: 220 }}
                  >
                    {row.feedUrl}
                  </Typography.Link>
                ) : (
                  <Typography.Text type="secondary">{t('outputs.channels.noFeed')}</Typography.Text>
                );
              },
            },
            {
              title: t('outputs.channels.topicWords'),
              key: 'topicWords',
              width: 200,
              render: (_v, row) =>
                row.topicWords.length ? (
                  <Flex gap={4} wrap>
                    {row.topicWords.map((word) => (
                      <Tag key={word}>{word}</Tag>
                    ))}
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">{t('outputs.channels.everyItem')}</Typography.Text>
                ),
            },
            {
              title: t('outputs.channels.lastRead'),
              key: 'lastRead',
              width: 220,
              render: (_v, row) =>
                row.lastReadAt ? (
                  <Flex vertical gap={2}>
                    <span>{formatInstant(row.lastReadAt)}</span>
                    {row.lastReadError ? (
                      <Typography.Text type="danger" data-testid="channel-read-error">
                        {row.lastReadError}
                      </Typography.Text>
                    ) : (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('outputs.channels.lastReadNew', { n: formatNumber(row.lastReadNew) })}
                      </Typography.Text>
                    )}
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">{t('outputs.channels.neverRead')}</Typography.Text>
                ),
            },
            {
              title: t('outputs.channels.lastOutput'),
              key: 'lastOutput',
              width: 140,
              render: (_v, row) =>
                row.lastOutputOn ? formatIsoDate(row.lastOutputOn) : t('outputs.channels.noOutput'),
            },
            ...(canEdit
              ? [
                  {
                    title: '',
                    key: 'actions',
                    width: 230,
                    render: (_v: unknown, row: Channel) => (
                      <Flex gap={4} align="center">
                        <Tooltip title={t('outputs.channels.edit')}>
                          <Button
                            type="text"
                            icon={<EditOutlined />}
                            aria-label={`${t('outputs.channels.edit')}: ${row.name}`}
                            onClick={() => setEditing({ channel: row })}
                          />
                        </Tooltip>
                        {row.feedUrl && (
                          <Button
                            size="small"
                            icon={<SyncOutlined />}
                            loading={reading === row.id}
                            disabled={reading !== null && reading !== row.id}
                            onClick={() => void readNow(row)}
                            data-testid="channel-read"
                          >
                            {t('outputs.channels.readNow')}
                          </Button>
                        )}
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && (editing.channel || body) && (
        <ChannelFormModal
          key={editing.channel?.id ?? 'new'}
          body={editing.channel?.body ?? body ?? me.user.body}
          channel={editing.channel}
          onClose={() => setEditing(null)}
          onSaved={() => void channels.reload()}
        />
      )}
    </>
  );
}
