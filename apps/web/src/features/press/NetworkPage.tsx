import { LinkOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { ContactKind } from '@lantoa/domain/constants';
import { formatIsoDate } from '@lantoa/domain/rules';
import { Button, Card, Checkbox, Flex, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useNameOf, useOptionsOf } from '../../shared/bilingualNames.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { webLink } from '../../shared/webLink.ts';
import { formatInstantDay } from '../outputs/labels.tsx';
import { localPhone } from '../training/figures.ts';
import { type Contact, pressApi } from './api.ts';
import { ContactFormModal } from './ContactFormModal.tsx';
import { ContactImportModal } from './ContactImportModal.tsx';
import { contactKindNames, TopicTags } from './labels.tsx';

interface Filters {
  query: string;
  kind?: ContactKind | undefined;
  topic?: string | undefined;
  reachable: boolean;
}

/**
 * The communication network (mạng lưới truyền thông): the press agencies, reporters, experts,
 * organisations and pages the person's bodies write to, searched by name whatever the diacritics
 * (the server folds them), by kind and topic, or only those a press release may go to; added one by
 * one or from Excel into the person's own body's network.
 */
export default function NetworkPage() {
  const t = useT();
  const me = useMe();
  const kindName = useNameOf(contactKindNames);
  const kindOptions = useOptionsOf(contactKindNames);
  const canEdit = me.abilities.communicate;
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({
    query: '',
    reachable: false,
  });
  const q = useDebounced(filters.query.trim(), 300);
  const { kind, topic, reachable } = filters;
  // The server filters on a topic as written: offer the topics of the contacts seen so far.
  const [topics, setTopics] = useState<string[]>([]);
  const fetchContacts = useCallback(async () => {
    const result = await pressApi.contacts({ q, kind, topic, reachable, page, pageSize });
    setTopics((seen) => {
      const next = new Set(seen);
      for (const contact of result.items) for (const name of contact.topics) next.add(name);
      return next.size === seen.length ? seen : [...next].sort((a, b) => a.localeCompare(b, 'vi'));
    });
    return result;
  }, [q, kind, topic, reachable, page, pageSize]);
  const contacts = useFetched(fetchContacts);
  const [editing, setEditing] = useState<{ contactId: string | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const contact = useMemo(
    () => contacts.data?.items.find((item) => item.id === editing?.contactId) ?? null,
    [contacts.data, editing],
  );

  return (
    <>
      <PageTitle
        title={t('press.network.title')}
        subtitle={t('press.network.subtitle')}
        extra={
          canEdit && (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('press.network.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ contactId: null })}>
                {t('press.network.add')}
              </Button>
            </>
          )
        }
      />
      <Card>
        <FilterBar>
          <SearchFilter
            label={t('press.network.search')}
            value={filters.query}
            onChange={(text) => setFilter('query', text)}
            width={360}
          />
          <SelectFilter<ContactKind>
            label={t('press.network.filterKind')}
            value={kind}
            onChange={(value) => setFilter('kind', value)}
            options={kindOptions}
            width={220}
          />
          <SelectFilter<string>
            label={t('press.network.filterTopic')}
            showSearch
            value={topic}
            onChange={(value) => setFilter('topic', value)}
            options={topics.map((value) => ({ value, label: value }))}
            width={200}
          />
          <Checkbox checked={reachable} onChange={(event) => setFilter('reachable', event.target.checked)}>
            {t('press.network.filterReachable')}
          </Checkbox>
        </FilterBar>
        <ListTable<Contact>
          testId="contacts-table"
          list={contacts}
          empty={t('press.network.empty')}
          pagination={pagination(contacts.data?.total)}
          columns={[
            {
              title: t('press.contact.name'),
              key: 'name',
              render: (_v, row) => <ContactName contact={row} />,
            },
            {
              title: t('press.contact.kind'),
              key: 'kind',
              render: (_v, row) => kindName(row.kind),
            },
            { title: t('press.contact.organisation'), dataIndex: 'organisation' },
            { title: t('press.contact.roleTitle'), dataIndex: 'roleTitle' },
            {
              title: t('press.contact.email'),
              key: 'email',
              render: (_v, row) => row.email ?? t('common.none'),
            },
            {
              title: t('press.contact.phone'),
              key: 'phone',
              render: (_v, row) => (row.phone ? localPhone(row.phone) : t('common.none')),
            },
            {
              title: t('press.contact.topics'),
              key: 'topics',
              render: (_v, row) => <TopicTags topics={row.topics} />,
            },
            {
              title: t('press.network.consentColumn'),
              key: 'consent',
              render: (_v, row) => <Consent contact={row} />,
            },
            ...(canEdit
              ? [
                  {
                    key: 'actions',
                    render: (_v: unknown, row: Contact) => (
                      <Button
                        size="small"
                        aria-label={t('press.network.editOf', { name: row.name })}
                        onClick={() => setEditing({ contactId: row.id })}
                      >
                        {t('common.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && (editing.contactId === null || contact) && (
        <ContactFormModal
          bodyId={me.user.body.id}
          contact={contact}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void contacts.reload();
          }}
          onStale={() => void contacts.reload()}
        />
      )}
      {canEdit && (
        <ContactImportModal
          open={importing}
          bodyId={me.user.body.id}
          onClose={() => setImporting(false)}
          onImported={() => void contacts.reload()}
        />
      )}
    </>
  );
}

/** The contact's name, its web page (http(s) only) and the body whose network it is in. */
function ContactName({ contact }: { contact: Contact }) {
  const t = useT();
  const link = webLink(contact.url);
  return (
    <Flex vertical gap={2} align="flex-start">
      <span>
        {contact.name}
        {link && (
          <a
            href={link}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('press.contact.openLink', { name: contact.name })}
            style={{ marginInlineStart: 6 }}
          >
            <LinkOutlined />
          </a>
        )}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {contact.owner.name}
      </Typography.Text>
    </Flex>
  );
}

/** Consent to be written to, with its day, and its withdrawal ("Đã từ chối nhận tin") if any. */
function Consent({ contact }: { contact: Contact }) {
  const t = useT();
  return (
    <Flex vertical gap={4} align="flex-start">
      {!contact.consent ? (
        <Tag>{t('press.contact.noConsent')}</Tag>
      ) : (
        <Tag color="green">
          {contact.consentOn
            ? t('press.contact.consentSince', { date: formatIsoDate(contact.consentOn) })
            : t('press.contact.consentGiven')}
        </Tag>
      )}
      {contact.unsubscribedAt && (
        <Tag color="red" title={formatInstantDay(contact.unsubscribedAt)}>
          {t('press.contact.unsubscribed')}
        </Tag>
      )}
    </Flex>
  );
}
