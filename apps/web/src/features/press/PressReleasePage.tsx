import { formatIsoDate } from '@lantoa/domain/rules';
import { Alert, App, Button, Card, Form, Input, Select, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useI18n, useT } from '../../i18n/i18n.tsx';
import { nameIn } from '../../shared/bilingualNames.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { MainWithAside } from '../../shared/MainWithAside.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { TagsInput } from '../../shared/TagsInput.tsx';
import { tagsOf } from '../../shared/tags.ts';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { useResource } from '../../shared/useResource.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { useVersionedForm } from '../../shared/useVersionedForm.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { webLink } from '../../shared/webLink.ts';
import { libraryApi } from '../library/api.ts';
import { channelKindNames, formatInstant, formatInstantDay } from '../outputs/labels.tsx';
import {
  type Article,
  type PressRelease,
  type PressReleaseInput,
  pressApi,
  type Recipient,
  type SendResult,
} from './api.ts';
import { ReleaseStatusTag, TopicTags } from './labels.tsx';
import { RecipientPicker } from './RecipientPicker.tsx';

/** What a missing (or hidden) release shows, and the way back. */
const NOT_FOUND: NotFound = {
  title: 'press.release.notFound',
  to: '/press/releases',
  back: 'press.release.back',
};

/** The most library items a release carries (the contract's bound). */
const MAX_ITEMS = 10;

interface ItemOption {
  value: string;
  label: string;
}

interface Values {
  title: string;
  body: string;
  topics?: string[];
  items?: ItemOption[];
}

function inputOf(values: Values): PressReleaseInput {
  return {
    title: values.title.trim(),
    body: values.body.trim(),
    topics: tagsOf(values.topics),
    libraryItemIds: (values.items ?? []).map((item) => item.value),
  };
}

function valuesOf(release: PressRelease): Values {
  return {
    title: release.title,
    body: release.text,
    topics: release.topics,
    items: release.items.map((item) => ({ value: item.id, label: item.title })),
  };
}

/** Approved library items, searched on the server, several picked (at most ten). */
function LibraryItemsSelect({
  value,
  onChange,
  disabled,
}: {
  value?: ItemOption[];
  onChange?: (items: ItemOption[]) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 250);
  const search = useCallback(() => libraryApi.list({ q, status: 'approved', pageSize: 20 }), [q]);
  const { data, loading } = useFetched(search);

  // The items already attached stay offered, so they keep their names while another search shows.
  const options = useMemo(() => {
    const chosen = value ?? [];
    const found = (data?.items ?? []).map((item) => ({
      value: item.id,
      label: `${item.title} · ${item.body.name}`,
    }));
    return [...chosen, ...found.filter((option) => !chosen.some((item) => item.value === option.value))];
  }, [value, data]);

  return (
    <Select<ItemOption[], ItemOption>
      mode="multiple"
      labelInValue
      allowClear
      disabled={disabled}
      aria-label={t('press.release.items')}
      placeholder={t('press.release.itemsPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
      maxCount={MAX_ITEMS}
      value={value ?? []}
      onChange={(next) => {
        setQuery('');
        onChange?.(next.map((item) => ({ value: item.value, label: String(item.label) })));
      }}
      options={options}
      loading={loading}
      style={{ width: '100%' }}
    />
  );
}

/** A release's fields: title, text, topics, attached library items. */
function ReleaseForm({
  form,
  disabled,
  onChange,
}: {
  form: ReturnType<typeof Form.useForm<Values>>[0];
  disabled: boolean;
  onChange?: () => void;
}) {
  const t = useT();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <VerticalForm<Values>
      form={form}
      name="press-release"
      disabled={disabled}
      onValuesChange={() => onChange?.()}
      data-testid="release-form"
    >
      <Form.Item name="title" label={t('press.release.title')} rules={required}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('press.release.text')}
        extra={t('press.release.textHint')}
        rules={required}
      >
        <Input.TextArea autoSize={{ minRows: 8, maxRows: 24 }} maxLength={20000} />
      </Form.Item>
      <Form.Item name="topics" label={t('press.release.topics')} extra={t('press.release.topicsHint')}>
        <TagsInput maxCount={20} aria-label={t('press.release.topics')} />
      </Form.Item>
      <Form.Item name="items" label={t('press.release.items')} extra={t('press.release.itemsHint')}>
        <LibraryItemsSelect />
      </Form.Item>
    </VerticalForm>
  );
}

/** "Soạn thông cáo": a new release, saved as a draft before its recipients are picked. */
export function NewPressReleasePage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);

  useEffect(() => {
    form.setFieldsValue({ topics: [], items: [] });
  }, [form]);

  const save = () =>
    submit(async (values) => {
      const { id } = await pressApi.createRelease(me.user.body.id, inputOf(values));
      void message.success(t('press.release.draftSaved'));
      void navigate(`/press/releases/${id}`, { replace: true });
    });

  return (
    <>
      <PageTitle
        title={t('press.release.newTitle')}
        extra={
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {t('press.release.saveDraft')}
          </Button>
        }
      />
      <MainWithAside
        main={
          <Card>
            <ErrorAlert error={error} testId="release-error" />
            <ReleaseForm form={form} disabled={false} />
          </Card>
        }
        aside={<Alert type="info" showIcon title={t('press.release.saveFirst')} />}
      />
    </>
  );
}

/** What the last send did: how many went, how many failed, and who was skipped and why. */
interface SendOutcome {
  result: SendResult;
  names: ReadonlyMap<string, string>;
}

function SendResultAlert({ outcome, onClose }: { outcome: SendOutcome; onClose: () => void }) {
  const t = useT();
  const { result, names } = outcome;
  const clean = result.failed === 0 && result.skipped.length === 0;
  return (
    <Notice
      type={clean ? 'success' : result.sent > 0 ? 'warning' : 'error'}
      closable
      onClose={onClose}
      data-testid="send-result"
      title={t('press.send.result', {
        sent: formatNumber(result.sent),
        failed: formatNumber(result.failed),
        skipped: formatNumber(result.skipped.length),
      })}
      description={
        clean ? undefined : (
          <>
            {result.failed > 0 && <div>{t('press.send.failedHint')}</div>}
            {result.skipped.length > 0 && (
              <>
                <div>{t('press.send.skippedTitle')}</div>
                <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="send-skipped">
                  {result.skipped.map((skip) => (
                    <li key={skip.contactId}>
                      {t('press.send.skippedOne', {
                        name: names.get(skip.contactId) ?? t('press.send.unknownContact'),
                        reason: skip.reason,
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )
      }
    />
  );
}

/**
 * One press release: a draft is edited and sent from here ("Chọn người nhận" → "Gửi"); a sent one
 * shows its text, its recipients (when each was written to, or why not), the tracked link its
 * messages carry, and the articles published after it.
 */
export default function PressReleasePage() {
  const t = useT();
  const me = useMe();
  const { id = '' } = useParams();
  const [form] = Form.useForm<Values>();
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);

  const fetchRelease = useCallback(
    async (accept: (release: PressRelease) => void) => accept(await pressApi.release(id)),
    [id],
  );
  const { resource, accept, reload } = useResource(fetchRelease, { spinner: 'once' });
  const release = resource.state === 'ok' ? resource.data : null;
  const canEdit = release?.status === 'draft' && me.abilities.communicate;
  // Only a draft is edited: a sent release shows what was sent.
  const { saving, error, dirty, markDirty, stale, clearStale, save } = useVersionedForm({
    form,
    row: release?.status === 'draft' ? release : null,
    valuesOf,
    update: (row, values) => pressApi.updateRelease(row.id, { ...inputOf(values), version: row.version }),
    accept,
    reload,
    savedText: t('press.release.draftSaved'),
  });

  /** Sends the picked contacts the release as saved: unsaved changes of a draft are saved first. */
  const send = async (contactIds: string[], names: ReadonlyMap<string, string>): Promise<boolean> => {
    let current = release;
    // A draft whose save failed (a field to fix, a newer version) is not sent: the form says why.
    if (current?.status === 'draft' && dirty) current = await save();
    if (!current) return false;
    try {
      const result = await pressApi.send(current.id, { contactIds, version: current.version });
      setOutcome({ result, names });
      return true;
    } finally {
      // Sent, partly sent, or refused as changed meanwhile (409): the page shows the release as it is now.
      await reload();
    }
  };

  // Written to, or claimed by a send that never said how it went (the server will not risk a second
  // message): only a failed delivery may be tried again.
  const sentTo = useMemo(
    () => new Set((release?.recipientList ?? []).filter((r) => r.error === null).map((r) => r.contactId)),
    [release],
  );

  if (resource.state !== 'ok' || !release) {
    return (
      <ResourcePending
        resource={resource.state === 'ok' ? { state: 'loading' } : resource}
        notFound={NOT_FOUND}
      />
    );
  }

  const sub = (
    <Typography.Text type="secondary">
      <ReleaseStatusTag status={release.status} /> {release.body.name} ·{' '}
      {release.sentAt
        ? t('press.release.sentOn', { date: formatInstantDay(release.sentAt) })
        : t('press.release.createdOn', { date: formatInstantDay(release.createdAt) })}
    </Typography.Text>
  );

  return (
    <>
      <PageTitle
        title={release.title}
        sub={sub}
        extra={
          canEdit && (
            <Button type="primary" loading={saving} disabled={!dirty} onClick={() => void save()}>
              {t('press.release.saveDraft')}
            </Button>
          )
        }
      />
      {stale && <ErrorAlert error={t('press.release.stale')} onClose={clearStale} testId="release-stale" />}
      {outcome && <SendResultAlert outcome={outcome} onClose={() => setOutcome(null)} />}
      {release.status === 'draft' ? (
        <Card style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} testId="release-error" />
          <ReleaseForm form={form} disabled={!canEdit} onChange={markDirty} />
        </Card>
      ) : (
        <SentRelease release={release} />
      )}
      {me.abilities.communicate && (
        <RecipientPicker
          title={t(release.status === 'draft' ? 'press.recipients.title' : 'press.recipients.more')}
          releaseTopics={release.topics}
          sentTo={sentTo}
          onSend={send}
        />
      )}
    </>
  );
}

/** A sent release: what was sent, to whom, the link it carried, and what it led to. */
function SentRelease({ release }: { release: PressRelease }) {
  const t = useT();
  const tracked = webLink(release.trackedUrl);
  return (
    <>
      <MainWithAside
        main={
          <Card title={t('press.release.content')} style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="release-text">
              {release.text}
            </Typography.Paragraph>
            {release.topics.length > 0 && (
              <Typography.Paragraph>
                <Typography.Text strong>{t('press.release.topics')}: </Typography.Text>
                <TopicTags topics={release.topics} />
              </Typography.Paragraph>
            )}
            {release.items.length > 0 && (
              <>
                <Typography.Text strong>{t('press.release.items')}</Typography.Text>
                <ul style={{ paddingInlineStart: 18 }}>
                  {release.items.map((item) => (
                    <li key={item.id}>
                      <Link to={`/library/${item.id}`}>{item.title}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Card>
        }
        aside={
          <Card title={t('press.release.trackedLink')} style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">{t('press.release.trackedLinkHint')}</Typography.Paragraph>
            {tracked ? (
              <Typography.Paragraph copyable={{ text: tracked }} data-testid="tracked-link">
                <a href={tracked} target="_blank" rel="noopener noreferrer">
                  {tracked}
                </a>
              </Typography.Paragraph>
            ) : (
              <Typography.Text data-testid="tracked-link">{release.trackedUrl}</Typography.Text>
            )}
          </Card>
        }
      />
      <Card
        title={t('press.release.recipientsTitle', { n: formatNumber(release.recipientList.length) })}
        style={{ marginBottom: 16 }}
      >
        <RecipientsTable recipients={release.recipientList} />
      </Card>
      <Card
        title={t('press.release.articlesTitle', { n: formatNumber(release.articles.length) })}
        style={{ marginBottom: 16 }}
      >
        <ArticlesTable articles={release.articles} />
      </Card>
    </>
  );
}

function RecipientsTable({ recipients }: { recipients: Recipient[] }) {
  const t = useT();
  return (
    <ListTable<Recipient>
      testId="release-recipients"
      rowKey="contactId"
      rows={recipients}
      empty={t('press.release.noRecipients')}
      pagination={clientPagination(20)}
      columns={[
        { title: t('press.contact.name'), dataIndex: 'name' },
        { title: t('press.contact.email'), dataIndex: 'email' },
        {
          title: t('press.release.delivery'),
          key: 'delivery',
          render: (_v, row) =>
            row.error ? (
              <>
                <Tag color="red">{t('press.release.failed')}</Tag>
                <Typography.Text type="danger">{row.error}</Typography.Text>
              </>
            ) : row.sentAt ? (
              <Tag color="green">{t('press.release.sentAtTime', { time: formatInstant(row.sentAt) })}</Tag>
            ) : (
              <Tag>{t('press.release.pending')}</Tag>
            ),
        },
      ]}
    />
  );
}

/** The articles linked to the release (by its tracked link or by hand); links open apart, http(s) only. */
function ArticlesTable({ articles }: { articles: Article[] }) {
  const t = useT();
  const { lang } = useI18n();
  return (
    <ListTable<Article>
      testId="release-articles"
      rows={articles}
      empty={t('press.release.noArticles')}
      pagination={clientPagination(20)}
      columns={[
        {
          title: t('press.article.title'),
          key: 'title',
          render: (_v, row) => {
            const link = webLink(row.url);
            return link ? (
              <a href={link} target="_blank" rel="noopener noreferrer">
                {row.title}
              </a>
            ) : (
              row.title
            );
          },
        },
        {
          title: t('press.article.channel'),
          key: 'channel',
          render: (_v, row) =>
            row.channel?.name || row.channelName || nameIn(channelKindNames, lang, row.channelKind),
        },
        { title: t('press.article.body'), key: 'body', render: (_v, row) => row.body.name },
        {
          title: t('press.article.publishedOn'),
          key: 'publishedOn',
          width: 130,
          render: (_v, row) => formatIsoDate(row.publishedOn),
        },
      ]}
    />
  );
}
