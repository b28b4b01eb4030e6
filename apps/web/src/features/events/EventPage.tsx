import {
  CheckCircleOutlined,
  DeleteOutlined,
  EditOutlined,
  LinkOutlined,
  PlusOutlined,
  StopOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { formatIsoDate, vietnamDateOf } from '@lantoa/domain/rules';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Image,
  List,
  Popconfirm,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { useNameOf } from '../../shared/bilingualNames.ts';
import { errorText } from '../../shared/errors.ts';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format.ts';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { useResource } from '../../shared/useResource.ts';
import { webLink } from '../../shared/webLink.ts';
import { audienceNames } from '../training/labels.tsx';
import {
  type ChildEvent,
  type EventDetail,
  type EventInvitation,
  type EventModel,
  eventsApi,
} from './api.ts';
import { CompletenessCard } from './CompletenessCard.tsx';
import { EventFormModal } from './EventFormModal.tsx';
import {
  AnswerModal,
  CancelModal,
  CountModal,
  CoverageModal,
  HoldModal,
  InviteModal,
  ModelModal,
} from './EventModals.tsx';
import { type CountRow, countedAudiences, countRows } from './event-form.ts';
import { formatDays, keyDayNames, kindLabel, presenterLabel, ResponseTag, StatusTag } from './labels.tsx';

const NOT_FOUND: NotFound = { title: 'events.page.notFound', to: '/events', back: 'events.page.back' };

type Dialog =
  | { kind: 'edit' | 'hold' | 'cancel' | 'invite' | 'count' | 'model' | 'coverage' }
  | { kind: 'answer'; invitation: EventInvitation };

/**
 * One event: its details and results; the bodies invited and their answers; the people counted per
 * body and audience; the models showcased with their photos; the coverage; and the events under it
 * with, for a key day's event asking the bodies below, where each stands. The organiser changes it;
 * an invited body answers and counts its own people; everything else is read only.
 */
export default function EventPage() {
  const t = useT();
  const { message } = App.useApp();
  const keyDayName = useNameOf(keyDayNames);
  const { id = '' } = useParams();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const fetchEvent = useCallback(
    async (accept: (event: EventDetail) => void) => accept(await eventsApi.get(id)),
    [id],
  );
  const { resource, accept, reload } = useResource(fetchEvent, { spinner: 'once' });

  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;
  const event = resource.data;
  const open = event.status !== 'cancelled';
  const manage = event.canManage;

  /** A change from a button (a removal): the page takes what it answered, or says why not and reloads. */
  const change = async (action: () => Promise<EventDetail>, done: Parameters<typeof t>[0]) => {
    try {
      accept(await action());
      void message.success(t(done));
    } catch (caught) {
      void message.error(errorText(caught, t));
      await reload();
    }
  };
  const close = () => setDialog(null);
  const saved = (next: EventDetail) => accept(next);
  const onStale = () => void reload();

  return (
    <>
      <PageTitle
        title={event.title}
        sub={
          <Flex gap={8} wrap align="center" style={{ marginTop: 4 }}>
            <Typography.Text type="secondary">
              {event.organiser.name} · {formatDays(event.startsOn, event.endsOn)}
            </Typography.Text>
            <StatusTag status={event.status} />
            {event.keyDay && <Tag color="purple">{keyDayName(event.keyDay)}</Tag>}
          </Flex>
        }
        extra={
          manage &&
          open && (
            <>
              <Button
                icon={<EditOutlined />}
                onClick={() => setDialog({ kind: 'edit' })}
                data-testid="event-edit"
              >
                {t('events.page.edit')}
              </Button>
              {event.status === 'planned' && (
                <>
                  <Button
                    type="primary"
                    icon={<CheckCircleOutlined />}
                    onClick={() => setDialog({ kind: 'hold' })}
                    data-testid="event-hold"
                  >
                    {t('events.hold.open')}
                  </Button>
                  <Button
                    danger
                    icon={<StopOutlined />}
                    onClick={() => setDialog({ kind: 'cancel' })}
                    data-testid="event-cancel"
                  >
                    {t('events.cancel.open')}
                  </Button>
                </>
              )}
            </>
          )
        }
      />
      {event.parent && (
        <Notice
          type="info"
          title={
            <span>
              {t('events.page.underParent')}{' '}
              <Link to={`/events/${event.parent.id}`} data-testid="event-parent">
                {event.parent.title}
              </Link>{' '}
              ({event.parent.organiser.name})
            </span>
          }
        />
      )}
      {!manage && <Notice type="info" title={t('events.page.readOnly')} />}
      {event.status === 'cancelled' && (
        <Notice
          type="warning"
          title={t('events.page.cancelled')}
          description={event.resultsNote || undefined}
        />
      )}

      <Card title={t('events.page.details')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" data-testid="event-details">
          <Descriptions.Item label={t('events.field.kind')}>{kindLabel(t, event.kind)}</Descriptions.Item>
          <Descriptions.Item label={t('events.field.keyDay')}>
            {event.keyDay ? keyDayName(event.keyDay) : t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.field.dates')}>
            {formatDays(event.startsOn, event.endsOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.field.place')}>
            {event.place || t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.field.organiser')}>{event.organiser.name}</Descriptions.Item>
          <Descriptions.Item label={t('events.field.task')}>
            {event.task ? (
              <Link to={`/plans/${event.task.planId}`}>{event.task.title}</Link>
            ) : (
              t('common.none')
            )}
          </Descriptions.Item>
          {event.heldAt && (
            <Descriptions.Item label={t('events.field.heldAt')}>
              {formatIsoDate(vietnamDateOf(Date.parse(event.heldAt)))}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Title level={5}>{t('events.field.programme')}</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="event-programme">
          {event.programme || <Typography.Text type="secondary">{t('common.none')}</Typography.Text>}
        </Typography.Paragraph>
        {event.status === 'held' && (
          <>
            <Typography.Title level={5}>{t('events.field.resultsNote')}</Typography.Title>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
              data-testid="event-results"
            >
              {event.resultsNote}
            </Typography.Paragraph>
          </>
        )}
      </Card>

      <Card
        title={t('events.invitations.title')}
        style={{ marginBottom: 16 }}
        extra={
          manage &&
          open && (
            <Button
              icon={<UsergroupAddOutlined />}
              onClick={() => setDialog({ kind: 'invite' })}
              data-testid="event-invite"
            >
              {t('events.invite.open')}
            </Button>
          )
        }
      >
        <Table<EventInvitation>
          size="small"
          rowKey={(row) => row.body.id}
          data-testid="event-invitations"
          dataSource={event.invitations}
          pagination={event.invitations.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('events.invitations.empty') }}
          columns={[
            { title: t('events.invitations.body'), key: 'body', render: (_v, row) => row.body.name },
            {
              title: t('events.invitations.response'),
              key: 'response',
              width: 140,
              render: (_v, row) => <ResponseTag response={row.response} />,
            },
            {
              title: t('events.invitations.expected'),
              key: 'expected',
              width: 120,
              align: 'right',
              render: (_v, row) =>
                row.attendeesExpected === null ? '' : formatNumber(row.attendeesExpected),
            },
            {
              title: t('events.invitations.respondedAt'),
              key: 'respondedAt',
              width: 160,
              render: (_v, row) => formatDateTime(row.respondedAt),
            },
            {
              key: 'actions',
              width: 170,
              render: (_v, row) => (
                <Flex gap={4}>
                  {row.canRespond && event.status === 'planned' && (
                    <Button
                      size="small"
                      onClick={() => setDialog({ kind: 'answer', invitation: row })}
                      data-testid="invitation-answer"
                    >
                      {t('events.answer.open')}
                    </Button>
                  )}
                  {manage && (
                    <Popconfirm
                      title={t('events.invite.removeConfirm', { body: row.body.name })}
                      okText={t('events.invite.remove')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        change(() => eventsApi.uninvite(event.id, row.body.id), 'events.invite.removed')
                      }
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('events.invite.remove')}
                      />
                    </Popconfirm>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>

      <CountsCard event={event} onRecord={() => setDialog({ kind: 'count' })} />

      <Card
        title={t('events.models.title')}
        style={{ marginBottom: 16 }}
        extra={
          manage &&
          open && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'model' })}
              data-testid="event-model-add"
            >
              {t('events.models.add')}
            </Button>
          )
        }
      >
        <ModelsList
          event={event}
          onRemove={(model) =>
            change(() => eventsApi.removeModel(event.id, model.id), 'events.models.removed')
          }
        />
      </Card>

      <Card
        title={t('events.coverage.title')}
        style={{ marginBottom: 16 }}
        extra={
          manage && (
            <Button
              icon={<LinkOutlined />}
              onClick={() => setDialog({ kind: 'coverage' })}
              data-testid="event-coverage-add"
            >
              {t('events.coverage.add')}
            </Button>
          )
        }
      >
        <List
          size="small"
          data-testid="event-coverage"
          dataSource={event.coverage}
          locale={{ emptyText: t('events.coverage.empty') }}
          renderItem={({ output }) => {
            const href = webLink(output.url);
            return (
              <List.Item
                actions={
                  manage
                    ? [
                        <Popconfirm
                          key="remove"
                          title={t('events.coverage.removeConfirm')}
                          okText={t('events.coverage.remove')}
                          cancelText={t('common.cancel')}
                          onConfirm={() =>
                            change(
                              () => eventsApi.removeCoverage(event.id, output.id),
                              'events.coverage.removed',
                            )
                          }
                        >
                          <Button
                            size="small"
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('events.coverage.remove')}
                          />
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {output.title}
                      </a>
                    ) : (
                      output.title
                    )
                  }
                  description={[output.channelName, output.body.name, formatDate(output.publishedOn)]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </List.Item>
            );
          }}
        />
      </Card>

      {event.completeness ? (
        <CompletenessCard completeness={event.completeness} />
      ) : (
        event.children.length > 0 && <ChildrenCard items={event.children} />
      )}

      {dialog?.kind === 'edit' && (
        <EventFormModal event={event} onClose={close} onSaved={saved} onStale={onStale} />
      )}
      {dialog?.kind === 'hold' && (
        <HoldModal event={event} onClose={close} onSaved={saved} onStale={onStale} />
      )}
      {dialog?.kind === 'cancel' && (
        <CancelModal event={event} onClose={close} onSaved={saved} onStale={onStale} />
      )}
      {dialog?.kind === 'invite' && <InviteModal event={event} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'answer' && (
        <AnswerModal event={event} invitation={dialog.invitation} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'count' && <CountModal event={event} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'model' && <ModelModal event={event} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'coverage' && <CoverageModal event={event} onClose={close} onSaved={saved} />}
    </>
  );
}

/** The people counted, one row per body and a column per audience counted, with the record button. */
function CountsCard({ event, onRecord }: { event: EventDetail; onRecord: () => void }) {
  const t = useT();
  const audienceName = useNameOf(audienceNames);
  const rows = countRows(event.counts);
  const audiences = countedAudiences(event.counts);
  const mayCount = event.countableBodies.length > 0 && event.status !== 'cancelled';
  return (
    <Card
      title={t('events.counts.title')}
      style={{ marginBottom: 16 }}
      extra={
        mayCount && (
          <Button
            icon={<PlusOutlined />}
            disabled={!event.countsOpen}
            onClick={onRecord}
            data-testid="event-count"
          >
            {t('events.counts.record')}
          </Button>
        )
      }
    >
      {mayCount && !event.countsOpen && (
        <Notice type="info" title={t('events.counts.notYet', { date: formatIsoDate(event.startsOn) })} />
      )}
      <Table<CountRow>
        size="small"
        rowKey={(row) => row.body.id}
        data-testid="event-counts"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('events.counts.empty') }}
        columns={[
          { title: t('events.counts.body'), key: 'body', render: (_v, row) => row.body.name },
          ...audiences.map((audience) => ({
            title: audienceName(audience),
            key: audience,
            align: 'right' as const,
            render: (_v: unknown, row: CountRow) => {
              const n = row.byAudience[audience];
              return n === undefined ? '' : formatNumber(n);
            },
          })),
          {
            title: t('events.counts.total'),
            key: 'total',
            align: 'right',
            render: (_v, row) => <strong>{formatNumber(row.total)}</strong>,
          },
        ]}
      />
    </Card>
  );
}

/** The models showcased: a thumbnail (the photo opens whole), what, who presents it, the description. */
function ModelsList({ event, onRemove }: { event: EventDetail; onRemove: (model: EventModel) => void }) {
  const t = useT();
  if (event.models.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.models.empty')} />;
  }
  const presenter = (model: EventModel) =>
    model.presenterBody ? model.presenterBody.name : model.presenterName;
  return (
    <Image.PreviewGroup>
      <List
        itemLayout="horizontal"
        data-testid="event-models"
        dataSource={event.models}
        renderItem={(model) => (
          <List.Item
            actions={
              event.canManage
                ? [
                    <Popconfirm
                      key="remove"
                      title={t('events.models.removeConfirm')}
                      okText={t('events.models.remove')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => onRemove(model)}
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('events.models.remove')}
                      />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              avatar={
                model.hasPhoto ? (
                  <Image
                    width={96}
                    height={72}
                    style={{ objectFit: 'cover', borderRadius: 4 }}
                    src={eventsApi.photoUrl(event.id, model.id, 'thumbnail')}
                    preview={{ src: eventsApi.photoUrl(event.id, model.id, 'full') }}
                    alt={t('events.models.photoOf', { title: model.title })}
                  />
                ) : undefined
              }
              title={model.title}
              description={
                <Flex vertical gap={2}>
                  <Typography.Text type="secondary">
                    {presenterLabel(t, model.presenterKind)}: {presenter(model)}
                  </Typography.Text>
                  {model.description && (
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                      {model.description}
                    </Typography.Paragraph>
                  )}
                </Flex>
              }
            />
          </List.Item>
        )}
      />
    </Image.PreviewGroup>
  );
}

/** The events under this one the reader sees (a commune's own under the province's). */
function ChildrenCard({ items }: { items: ChildEvent[] }) {
  const t = useT();
  return (
    <Card title={t('events.children.title')} style={{ marginBottom: 16 }}>
      <Table<ChildEvent>
        size="small"
        rowKey="id"
        data-testid="event-children"
        dataSource={items}
        pagination={items.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('events.field.title'),
            key: 'title',
            render: (_v, row) => <Link to={`/events/${row.id}`}>{row.title}</Link>,
          },
          { title: t('events.field.organiser'), key: 'organiser', render: (_v, row) => row.organiser.name },
          {
            title: t('events.field.dates'),
            key: 'dates',
            width: 190,
            render: (_v, row) => formatDays(row.startsOn, row.endsOn),
          },
          {
            title: t('events.field.status'),
            key: 'status',
            width: 140,
            render: (_v, row) => <StatusTag status={row.status} />,
          },
        ]}
      />
    </Card>
  );
}
