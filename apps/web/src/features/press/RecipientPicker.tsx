import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Popconfirm, Select, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type MessageKey, useT } from '../../i18n/i18n.tsx';
import { useNameOf } from '../../shared/bilingualNames.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { SearchFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { type Contact, pressApi } from './api.ts';
import { contactKindNames, TopicTags } from './labels.tsx';
import { type Block, blockOf, mergeContacts } from './recipients.ts';

/** The largest page the server gives; a topic with more contacts is narrowed by searching a name. */
const PAGE_SIZE = 200;

const BLOCK_TEXT: Record<Block, MessageKey> = {
  unsubscribed: 'press.block.unsubscribed',
  noConsent: 'press.block.noConsent',
  noEmail: 'press.block.noEmail',
  alreadySent: 'press.block.alreadySent',
  unreachable: 'press.block.unreachable',
};

/**
 * "Chọn người nhận": the network's contacts of the release's topics (any topic when none is
 * picked), those who cannot be written to shown greyed with why (no consent, consent withdrawn, no
 * e-mail, already sent this release), several picked, then "Gửi" once confirmed. The page sends
 * (saving the draft's changes first) and shows what came of it.
 */
export function RecipientPicker({
  releaseTopics,
  sentTo,
  title,
  onSend,
}: {
  releaseTopics: readonly string[];
  /** The contacts this release already reached. */
  sentTo: ReadonlySet<string>;
  title: string;
  /** Sends to the contacts picked (false: nothing sent); the names let the page say who was skipped. */
  onSend: (contactIds: string[], names: ReadonlyMap<string, string>) => Promise<boolean>;
}) {
  const t = useT();
  const kindName = useNameOf(contactKindNames);
  const topicsKey = releaseTopics.join('\n');
  const [topics, setTopics] = useState<string[]>([...releaseTopics]);
  // The release's topics are the default again once they are saved changed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the topics' content, not the array.
  useEffect(() => setTopics([...releaseTopics]), [topicsKey]);
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 300);
  const [selected, setSelected] = useState<string[]>([]);
  const { saving, error, run } = useSubmit();

  const fetchContacts = useCallback(async () => {
    const pages = await Promise.all(
      (topics.length ? topics : [undefined]).map((topic) =>
        pressApi.contacts({ q, topic, pageSize: PAGE_SIZE }),
      ),
    );
    return {
      items: mergeContacts(pages.map((page) => page.items)),
      truncated: pages.some((page) => page.total > page.items.length),
    };
  }, [topics, q]);
  const contacts = useFetched(fetchContacts);
  const names = useMemo(
    () => new Map((contacts.data?.items ?? []).map((contact) => [contact.id, contact.name])),
    [contacts.data],
  );
  // Someone picked, then found already reached (another tab sent meanwhile), is no longer offered.
  const picked = selected.filter((id) => !sentTo.has(id));

  const send = () =>
    run(async () => {
      if (!(await onSend(picked, names))) return;
      setSelected([]);
      await contacts.reload();
    });

  return (
    <Card title={title} data-testid="recipient-picker">
      <Typography.Paragraph type="secondary">{t('press.recipients.hint')}</Typography.Paragraph>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Select<string[]>
          mode="multiple"
          allowClear
          aria-label={t('press.recipients.topics')}
          placeholder={t('press.recipients.anyTopic')}
          value={topics}
          onChange={setTopics}
          options={releaseTopics.map((value) => ({ value, label: value }))}
          style={{ minWidth: 260, maxWidth: 480 }}
        />
        <SearchFilter label={t('press.recipients.search')} value={query} onChange={setQuery} width={320} />
      </Flex>
      {contacts.data?.truncated && (
        <Alert type="info" showIcon title={t('press.recipients.truncated')} style={{ marginBottom: 16 }} />
      )}
      <ListTable<Contact>
        testId="recipient-contacts"
        list={contacts}
        empty={t('press.recipients.empty')}
        pagination={clientPagination(20)}
        rowSelection={{
          selectedRowKeys: picked,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (row) => ({
            disabled: blockOf(row, sentTo) !== null,
            'aria-label': t('press.recipients.select', { name: row.name }),
          }),
        }}
        columns={[
          {
            title: t('press.contact.name'),
            key: 'name',
            render: (_v, row) => (
              <Flex vertical gap={2} align="flex-start">
                <span>{row.name}</span>
                {row.organisation && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.organisation}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          { title: t('press.contact.kind'), key: 'kind', render: (_v, row) => kindName(row.kind) },
          {
            title: t('press.contact.email'),
            key: 'email',
            render: (_v, row) => row.email ?? t('common.none'),
          },
          {
            title: t('press.contact.topics'),
            key: 'topics',
            render: (_v, row) => <TopicTags topics={row.topics} />,
          },
          {
            title: t('press.recipients.state'),
            key: 'state',
            render: (_v, row) => {
              const block = blockOf(row, sentTo);
              return block === null ? (
                <Tag color="green">{t('press.recipients.reachable')}</Tag>
              ) : (
                <Tag color={block === 'alreadySent' ? 'blue' : 'default'}>{t(BLOCK_TEXT[block])}</Tag>
              );
            },
          },
        ]}
      />
      <ErrorAlert error={error} testId="send-error" />
      <Flex gap={12} align="center" wrap>
        <Popconfirm
          title={t('press.send.confirm', { n: formatNumber(picked.length) })}
          description={t('press.send.confirmHint')}
          okText={t('press.send.ok')}
          cancelText={t('common.cancel')}
          onConfirm={() => void send()}
          disabled={picked.length === 0}
        >
          <Button type="primary" icon={<SendOutlined />} loading={saving} disabled={picked.length === 0}>
            {t('press.send.button')}
          </Button>
        </Popconfirm>
        <Typography.Text type="secondary" data-testid="recipients-selected">
          {t('press.recipients.selected', { n: formatNumber(picked.length) })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
