import {
  CheckOutlined,
  CloseOutlined,
  DownloadOutlined,
  EditOutlined,
  RobotOutlined,
  SendOutlined,
  SoundOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Flex, Form, Input, Row, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText, isStatus } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format.ts';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { useResource } from '../../shared/useResource.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { DraftBulletinModal } from '../assistant/DraftBulletinModal.tsx';
import { formatSeconds } from '../broadcast/api.ts';
import { PushModal } from '../outputs/PushModal.tsx';
import { formatSize, type ItemMetadata, type LibraryItemDetail, libraryApi } from './api.ts';
import { ItemStatusTag, kindLabel, languageLabel, mediaKindLabel, PublicTag } from './labels.tsx';
import { Thumbnail } from './Thumbnail.tsx';
import { MetadataFields, metadataInput, metadataOf } from './UploadItemModal.tsx';

/** The kinds whose file has text the assistant can draft a bulletin from (a poster or a clip has none). */
const DRAFTABLE_KINDS: ReadonlySet<LibraryItemDetail['kind']> = new Set(['document', 'qa']);

/** What a missing (or hidden) library item shows, and the way back. */
const NOT_FOUND: NotFound = { title: 'library.item.notFound', to: '/library', back: 'library.item.back' };

function Preview({ item, onCounted }: { item: LibraryItemDetail; onCounted: () => void }) {
  const t = useT();
  // Reading the file counts nothing: the download is counted by its own request, beside the link
  // (which downloads as usual), and a failed count never stands in its way.
  const countDownload = () => {
    void libraryApi.countDownload(item.id).then(onCounted, () => undefined);
  };
  const inline = libraryApi.fileUrl(item.id, true);
  let body: React.ReactNode;
  if (item.mediaKind === 'audio') {
    body = (
      // biome-ignore lint/a11y/useMediaCaption: a library clip has no caption track.
      <audio controls preload="metadata" src={inline} style={{ width: '100%' }} data-testid="item-audio" />
    );
  } else if (item.mediaKind === 'video') {
    body = (
      // biome-ignore lint/a11y/useMediaCaption: a library clip has no caption track.
      <video
        controls
        preload="metadata"
        src={inline}
        poster={item.hasThumbnail ? libraryApi.thumbnailUrl(item.id, item.version) : undefined}
        style={{ width: '100%', maxHeight: 420, background: '#000' }}
        data-testid="item-video"
      />
    );
  } else if (item.hasThumbnail) {
    body = <Thumbnail item={item} height={360} />;
  } else {
    body = (
      <Flex vertical align="center" gap={8}>
        <Thumbnail item={item} height={200} />
        <Typography.Text type="secondary">{t('library.item.noPreview')}</Typography.Text>
      </Flex>
    );
  }
  return (
    <Card
      title={t('library.item.preview')}
      size="small"
      extra={
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          href={libraryApi.fileUrl(item.id)}
          download={item.fileName}
          onClick={countDownload}
        >
          {t('library.item.download')}
        </Button>
      }
    >
      {body}
    </Card>
  );
}

function EditModal({
  item,
  open,
  onClose,
  onSaved,
  onStale,
}: {
  item: LibraryItemDetail;
  open: boolean;
  onClose: () => void;
  /** With the item as the server now has it (the change answers the whole item). */
  onSaved: (saved: LibraryItemDetail) => void;
  onStale: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ItemMetadata>();
  const { saving, error, submit } = useSubmit(form);
  const save = async () => {
    await submit(
      async (values) => {
        const { item: saved } = await libraryApi.update(item.id, {
          version: item.version,
          ...metadataInput(values),
        });
        onSaved(saved);
      },
      (caught, otherwise) => {
        if (!isStatus(caught, 409)) return otherwise();
        onStale();
        return null;
      },
    );
  };
  return (
    <FormModal
      open={open}
      title={t('library.item.edit')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      width={640}
    >
      {item.status !== 'pending' && (
        <Notice
          type="info"
          title={t(
            item.status === 'approved' ? 'library.item.editBackToReview' : 'library.item.editResubmits',
          )}
          data-testid="edit-review-note"
        />
      )}
      <VerticalForm<ItemMetadata> form={form} name="library-edit" initialValues={metadataOf(item)}>
        <MetadataFields initialBodies={[{ ...item.share, kind: 'other' }]} />
      </VerticalForm>
    </FormModal>
  );
}

function ReviewCard({
  item,
  onDecided,
  onStale,
}: {
  item: LibraryItemDetail;
  /** With the item as the review left it (the decision answers the whole item). */
  onDecided: (decided: LibraryItemDetail) => void;
  onStale: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState<'approve' | 'reject' | null>(null);
  const decide = async (decision: 'approve' | 'reject') => {
    if (decision === 'reject' && !comment.trim()) {
      setError(t('library.item.rejectNeedsComment'));
      return;
    }
    setSending(decision);
    setError(null);
    try {
      const { item: decided } = await libraryApi.review(item.id, {
        decision,
        comment: comment.trim() || undefined,
        version: item.version,
      });
      void message.success(t(decision === 'approve' ? 'library.item.approved' : 'library.item.rejected'));
      setComment('');
      onDecided(decided);
    } catch (caught) {
      // Changed since it was shown: reload, and let the reviewer look at it before deciding.
      if (caught instanceof ApiError && caught.code === 'stale_version') {
        setError(t('library.item.reviewStale'));
        onStale();
      } else {
        setError(errorText(caught, t));
      }
    } finally {
      setSending(null);
    }
  };
  return (
    <Card title={t('library.item.review')} size="small" style={{ marginTop: 16 }} data-testid="review-card">
      <Typography.Paragraph type="secondary">{t('library.item.reviewHint')}</Typography.Paragraph>
      {!item.canApprove && item.status !== 'approved' && (
        <Typography.Paragraph type="warning" data-testid="approve-out-of-scope">
          {t('library.item.approveOutOfScope', { share: item.share.name })}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={error} />
      <Input.TextArea
        aria-label={t('library.item.comment')}
        placeholder={t('library.item.comment')}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={2000}
        style={{ marginBottom: 12 }}
      />
      <Flex gap={8}>
        {item.canApprove && (
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={sending === 'approve'}
            disabled={sending !== null || item.status === 'approved'}
            onClick={() => void decide('approve')}
          >
            {t('library.item.approve')}
          </Button>
        )}
        <Button
          danger
          icon={<CloseOutlined />}
          loading={sending === 'reject'}
          disabled={sending !== null || item.status === 'rejected'}
          onClick={() => void decide('reject')}
        >
          {t('library.item.reject')}
        </Button>
      </Flex>
    </Card>
  );
}

function Usage({ item }: { item: LibraryItemDetail }) {
  const t = useT();
  type DownloadRow = LibraryItemDetail['usage']['downloads'][number];
  return (
    <Card title={t('library.item.usage')} size="small" style={{ marginTop: 16 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('library.item.downloadsByBody')}
      </Typography.Title>
      <Table<DownloadRow>
        size="small"
        rowKey={(row) => row.body.id}
        dataSource={item.usage.downloads}
        pagination={clientPagination(10)}
        locale={{ emptyText: t('library.item.noDownloads') }}
        data-testid="item-downloads"
        columns={[
          { title: t('library.item.body'), key: 'body', render: (_v, row) => row.body.name },
          {
            title: t('library.item.count'),
            dataIndex: 'count',
            width: 100,
            align: 'right',
            render: (value: number) => formatNumber(value),
          },
          {
            title: t('library.item.lastAt'),
            dataIndex: 'lastAt',
            width: 160,
            render: (value: string) => formatDateTime(value),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('library.item.bulletins')}
      </Typography.Title>
      {/* Plain markup: antd's List is deprecated (it warns in the console). */}
      {item.usage.bulletins.length === 0 ? (
        <Typography.Text type="secondary">{t('library.item.noBulletins')}</Typography.Text>
      ) : (
        <Flex vertical gap={6} data-testid="item-bulletins">
          {item.usage.bulletins.map((bulletin) => (
            <Flex key={bulletin.id} justify="space-between" gap={8} wrap>
              <Link to={`/broadcast/bulletins/${bulletin.id}`}>{bulletin.title}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {bulletin.body.name} · {formatDate(bulletin.createdAt)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** One communication product: preview and download, details, review, and where it is used. */
export default function LibraryItemPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const [pushing, setPushing] = useState(false);
  const [drafting, setDrafting] = useState(false);
  const [stale, setStale] = useState(false);

  const fetchItem = useCallback(
    async (accept: (item: LibraryItemDetail) => void) => accept((await libraryApi.get(id)).item),
    [id],
  );
  const { resource, accept, reload } = useResource(fetchItem);

  if (resource.state !== 'ok') {
    return <ResourcePending resource={resource} notFound={NOT_FOUND} />;
  }
  const item = resource.data;

  return (
    <>
      <PageTitle
        title={item.title}
        sub={
          <Flex gap={4} wrap style={{ marginTop: 4 }}>
            <ItemStatusTag status={item.status} t={t} />
            <PublicTag item={item} t={t} />
            <Tag>{kindLabel(t, item.kind)}</Tag>
            <Tag>{languageLabel(t, item.language)}</Tag>
            {item.topics.map((topic) => (
              <Tag key={topic} color="blue">
                {topic}
              </Tag>
            ))}
          </Flex>
        }
        extra={
          <>
            {me.abilities.broadcast && item.status === 'approved' && (
              <Button
                icon={<SoundOutlined />}
                onClick={() => navigate(`/broadcast/bulletins/new?fromItem=${item.id}`)}
              >
                {t('library.item.makeBulletin')}
              </Button>
            )}
            {me.abilities.broadcast && item.status === 'approved' && DRAFTABLE_KINDS.has(item.kind) && (
              <Button icon={<RobotOutlined />} onClick={() => setDrafting(true)} data-testid="item-draft">
                {t('assistant.draft.fromItem')}
              </Button>
            )}
            {me.abilities.communicate && item.status === 'approved' && (
              <Button icon={<SendOutlined />} onClick={() => setPushing(true)} data-testid="item-push">
                {t('outputs.push.open')}
              </Button>
            )}
            {item.canEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('library.item.edit')}
              </Button>
            )}
          </>
        }
      />
      {stale && (
        <ErrorAlert error={t('library.item.stale')} onClose={() => setStale(false)} testId="item-stale" />
      )}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Preview item={item} onCounted={() => void reload()} />
          {item.canReview && <ReviewCard item={item} onDecided={accept} onStale={() => void reload()} />}
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('library.item.metadata')} size="small">
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'summary',
                  label: t('library.field.summary'),
                  children: item.summary || t('common.none'),
                },
                {
                  key: 'audience',
                  label: t('library.field.audience'),
                  children: item.audience || t('common.none'),
                },
                { key: 'author', label: t('library.field.author'), children: item.body.name },
                { key: 'share', label: t('library.field.share'), children: item.share.name },
                {
                  key: 'rights',
                  label: t('library.field.usageRights'),
                  children: item.usageRights || t('common.none'),
                },
                {
                  key: 'file',
                  label: t('library.field.file.name'),
                  children: `${item.fileName} (${mediaKindLabel(t, item.mediaKind)})`,
                },
                { key: 'size', label: t('library.field.size'), children: formatSize(item.size) },
                ...(item.durationSeconds !== null
                  ? [
                      {
                        key: 'duration',
                        label: t('library.field.duration'),
                        children: formatSeconds(item.durationSeconds),
                      },
                    ]
                  : []),
                { key: 'created', label: t('library.field.createdAt'), children: formatDate(item.createdAt) },
                {
                  key: 'downloads',
                  label: t('library.field.downloads'),
                  children: t('library.downloads', { count: formatNumber(item.downloads) }),
                },
                ...(item.reviewComment
                  ? [{ key: 'review', label: t('library.field.reviewComment'), children: item.reviewComment }]
                  : []),
              ]}
            />
          </Card>
          <Usage item={item} />
        </Col>
      </Row>
      {drafting && (
        <DraftBulletinModal
          open={drafting}
          from={{ kind: 'library_item', id: item.id }}
          onClose={() => setDrafting(false)}
        />
      )}
      {pushing && <PushModal item={item} onClose={() => setPushing(false)} />}
      {editing && (
        <EditModal
          item={item}
          open={editing}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setStale(false);
            void message.success(t('common.saved'));
            accept(saved);
          }}
          onStale={() => {
            setEditing(false);
            setStale(true);
            void reload();
          }}
        />
      )}
    </>
  );
}
