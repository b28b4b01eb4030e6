import { DeleteOutlined, EditOutlined, PlusOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import type { ChannelKind, OutputKind } from '@lantoa/domain/constants';
import { formatIsoDate } from '@lantoa/domain/rules';
import { App, Button, Card, DatePicker, Flex, Popconfirm, Statistic, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { errorText, isStatus } from '../../shared/errors.ts';
import { BodyFilter, FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { DATE_FORMAT, formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { webLink } from '../../shared/webLink.ts';
import { useReadableBodies } from '../training/labels.tsx';
import { type Output, outputsApi } from './api.ts';
import { sourceLabel, useOutputLabels } from './labels.tsx';
import { OutputFormModal } from './OutputFormModal.tsx';
import { OutputsImportModal } from './OutputsImportModal.tsx';

interface Filters {
  query: string;
  bodyId?: string | undefined;
  kind?: OutputKind | undefined;
  channelKind?: ChannelKind | undefined;
  /** 'YYYY-MM-DD', both ends included. */
  from?: string | undefined;
  to?: string | undefined;
}

/** The form open: a new output, or one being corrected. */
type Editing = { output: Output | null } | null;

/**
 * The register of what the reader's bodies published (sản phẩm đã đăng phát), newest first: filters,
 * the counts the plans' targets speak of (about local efforts, commissioned), and for those who
 * communicate the fast entry from a phone, the Excel import, corrections and removal.
 */
export default function OutputsPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const labels = useOutputLabels();
  const canRecord = me.abilities.communicate === true;
  const bodies = useReadableBodies();
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({ query: '' });
  const q = useDebounced(filters.query.trim(), 300);
  const { bodyId, kind, channelKind, from, to } = filters;
  const fetchOutputs = useCallback(
    () => outputsApi.list({ bodyId, q: q || undefined, kind, channelKind, from, to, page, pageSize }),
    [bodyId, q, kind, channelKind, from, to, page, pageSize],
  );
  const outputs = useFetched(fetchOutputs);
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);

  const remove = async (row: Output) => {
    try {
      await outputsApi.remove(row.id, row.version);
      void message.success(t('outputs.deleted'));
    } catch (caught) {
      // Changed or gone since it was listed: the list is read again either way.
      void message.error(isStatus(caught, 409) ? t('outputs.stale') : errorText(caught, t));
    }
    void outputs.reload();
  };

  const range: [Dayjs, Dayjs] | null = from && to ? [dayjs(from), dayjs(to)] : null;
  return (
    <>
      <PageTitle
        title={t('outputs.title')}
        subtitle={t('outputs.subtitle')}
        extra={
          <>
            <Link to="/outputs/pushes">
              <Button icon={<SendOutlined />} data-testid="outputs-pushes">
                {t('outputs.pushesLink')}
              </Button>
            </Link>
            {canRecord && (
              <Button
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="outputs-import-open"
              >
                {t('outputs.import.open')}
              </Button>
            )}
            {canRecord && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ output: null })}
                data-testid="output-add"
              >
                {t('outputs.add')}
              </Button>
            )}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={32} wrap data-testid="outputs-counts">
          <Statistic title={t('outputs.count.total')} value={formatNumber(outputs.data?.total ?? 0)} />
          <Statistic
            title={t('outputs.count.aboutLocal')}
            value={formatNumber(outputs.data?.aboutLocal ?? 0)}
          />
          <Statistic
            title={t('outputs.count.commissioned')}
            value={formatNumber(outputs.data?.commissioned ?? 0)}
          />
        </Flex>
      </Card>
      <Card>
        <FilterBar>
          <BodyFilter
            label={t('outputs.filter.body')}
            value={bodyId}
            initial={bodies}
            onChange={(value) => setFilter('bodyId', value)}
            width={280}
          />
          <SelectFilter<OutputKind>
            label={t('outputs.filter.kind')}
            value={kind}
            onChange={(value) => setFilter('kind', value)}
            options={labels.kindOptions}
            width={240}
          />
          <SelectFilter<ChannelKind>
            label={t('outputs.filter.channelKind')}
            value={channelKind}
            onChange={(value) => setFilter('channelKind', value)}
            options={labels.channelKindOptions}
            width={240}
          />
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            aria-label={t('outputs.filter.dates')}
            placeholder={[t('outputs.filter.from'), t('outputs.filter.to')]}
            value={range}
            onChange={(dates) => {
              setFilter('from', dates?.[0]?.format('YYYY-MM-DD'));
              setFilter('to', dates?.[1]?.format('YYYY-MM-DD'));
            }}
          />
          <SearchFilter
            label={t('outputs.filter.search')}
            value={filters.query}
            onChange={(text) => setFilter('query', text)}
            width={320}
          />
        </FilterBar>
        <ListTable<Output>
          testId="outputs-table"
          list={outputs}
          empty={t('outputs.empty')}
          pagination={pagination(outputs.data?.total)}
          columns={[
            {
              title: t('outputs.col.date'),
              key: 'date',
              width: 110,
              render: (_v, row) => formatIsoDate(row.publishedOn),
            },
            {
              title: t('outputs.col.title'),
              key: 'title',
              render: (_v, row) => <OutputTitle output={row} />,
            },
            {
              title: t('outputs.col.kind'),
              key: 'kind',
              width: 180,
              render: (_v, row) => labels.kindName(row.kind),
            },
            {
              title: t('outputs.col.channel'),
              key: 'channel',
              width: 220,
              render: (_v, row) => (
                <Flex vertical gap={2}>
                  <span>{row.channel?.name || row.channelName || t('common.none')}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {labels.channelKindName(row.channelKind)}
                  </Typography.Text>
                </Flex>
              ),
            },
            { title: t('outputs.col.body'), key: 'body', width: 200, render: (_v, row) => row.body.name },
            {
              title: t('outputs.col.flags'),
              key: 'flags',
              width: 150,
              render: (_v, row) => (
                <Flex gap={4} wrap>
                  {row.aboutLocal && <Tag color="green">{t('outputs.flag.aboutLocal')}</Tag>}
                  {row.commissioned && <Tag color="purple">{t('outputs.flag.commissioned')}</Tag>}
                </Flex>
              ),
            },
            {
              title: t('outputs.col.source'),
              key: 'source',
              width: 130,
              render: (_v, row) => sourceLabel(t, row.source),
            },
            ...(canRecord
              ? [
                  {
                    title: '',
                    key: 'actions',
                    width: 96,
                    render: (_v: unknown, row: Output) => (
                      <Flex gap={4}>
                        <Tooltip title={t('outputs.edit')}>
                          <Button
                            type="text"
                            icon={<EditOutlined />}
                            aria-label={`${t('outputs.edit')}: ${row.title}`}
                            onClick={() => setEditing({ output: row })}
                          />
                        </Tooltip>
                        <Popconfirm
                          title={t('outputs.deleteConfirm')}
                          okText={t('outputs.delete')}
                          okButtonProps={{ danger: true }}
                          cancelText={t('common.cancel')}
                          onConfirm={() => remove(row)}
                        >
                          <Button
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={`${t('outputs.delete')}: ${row.title}`}
                          />
                        </Popconfirm>
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && (
        <OutputFormModal
          key={editing.output?.id ?? 'new'}
          output={editing.output}
          defaultBodyId={bodyId ?? me.user.body.id}
          onClose={() => setEditing(null)}
          onSaved={() => void outputs.reload()}
        />
      )}
      <OutputsImportModal
        open={importing}
        defaultBodyId={bodyId ?? me.user.body.id}
        onClose={() => setImporting(false)}
        onImported={() => void outputs.reload()}
      />
    </>
  );
}

/**
 * An output's title, a link to where it was published when its address is a web page (opened in a
 * new tab that cannot reach back into the app), the press release it follows, its topics and the
 * library item it reuses.
 */
function OutputTitle({ output }: { output: Output }) {
  const t = useT();
  const href = webLink(output.url);
  return (
    <Flex vertical gap={4} align="flex-start">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" data-testid="output-link">
          {output.title}
        </a>
      ) : (
        <span>{output.title}</span>
      )}
      {output.pressRelease && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="output-follows-release">
          {t('outputs.followsRelease', { title: output.pressRelease.title })}
        </Typography.Text>
      )}
      {(output.topics.length > 0 || output.libraryItem) && (
        <Flex gap={4} wrap>
          {output.topics.map((topic) => (
            <Tag key={topic} color="blue">
              {topic}
            </Tag>
          ))}
          {output.libraryItem && (
            <Link to={`/library/${output.libraryItem.id}`}>
              <Tag>{t('outputs.fromLibrary', { title: output.libraryItem.title })}</Tag>
            </Link>
          )}
        </Flex>
      )}
    </Flex>
  );
}
