import { CopyOutlined, SoundOutlined, WarningOutlined } from '@ant-design/icons';
import { spokenSeconds, vietnamToday } from '@lantoa/domain/rules';
import { normaliseForSpeech } from '@lantoa/speech/normalise';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Collapse,
  DatePicker,
  Flex,
  Form,
  Input,
  Progress,
  Radio,
  Row,
  Segmented,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { DATE_FORMAT, formatDate, formatNumber } from '../../shared/format.ts';
import { MainWithAside } from '../../shared/MainWithAside.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { useResource } from '../../shared/useResource.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { useVersionedForm } from '../../shared/useVersionedForm.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { libraryApi } from '../library/api.ts';
import { useDefaultBody } from '../library/UploadItemModal.tsx';
import { type Bulletin, type BulletinInput, broadcastApi, formatSeconds, type Priority } from './api.ts';
import { DraftSources } from './DraftSources.tsx';
import { AudioTag, PriorityTag, priorityOptions } from './labels.tsx';
import { SourcePicker } from './SourcePicker.tsx';
import { SpeechReadinessCard } from './SpeechReadinessCard.tsx';

/** What a missing (or hidden) bulletin shows, and the way back. */
const NOT_FOUND: NotFound = {
  title: 'broadcast.bulletin.notFound',
  to: '/broadcast/bulletins',
  back: 'broadcast.bulletin.back',
};

interface Values {
  title: string;
  text: string;
  priority: Priority;
  targetBodyId: string;
  validFrom: Dayjs;
  validUntil: Dayjs | null;
}

interface Source {
  sourceItem: { id: string; title: string } | null;
  sourceBulletin: { id: string; title: string } | null;
}

function toInput(values: Values): Omit<BulletinInput, 'sourceItemId' | 'sourceBulletinId'> {
  return {
    title: values.title.trim(),
    text: values.text.trim(),
    priority: values.priority,
    targetBodyId: values.targetBodyId,
    validFrom: values.validFrom.format('YYYY-MM-DD'),
    validUntil: values.validUntil ? values.validUntil.format('YYYY-MM-DD') : null,
  };
}

function valuesOf(bulletin: Bulletin): Values {
  return {
    title: bulletin.title,
    text: bulletin.text,
    priority: bulletin.priority,
    targetBodyId: bulletin.target.id,
    validFrom: dayjs(bulletin.validFrom),
    validUntil: bulletin.validUntil ? dayjs(bulletin.validUntil) : null,
  };
}

function PriorityHelp() {
  const t = useT();
  return (
    <Notice
      type="info"
      title={t('broadcast.priority.basis')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          <li>{t('broadcast.priority.normalHelp')}</li>
          <li>{t('broadcast.priority.priorityHelp')}</li>
          <li>{t('broadcast.priority.emergencyHelp')}</li>
        </ul>
      }
    />
  );
}

/**
 * The text's length and how long it takes to say, by the rule the server places bulletins with: the
 * text as the engine will read it ("18/5" is five syllables), at the engine's measured pace.
 */
function TextLength() {
  const t = useT();
  const title = Form.useWatch<string | undefined>('title') ?? '';
  const text = Form.useWatch<string | undefined>('text') ?? '';
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words === 0) return null;
  return (
    <>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('broadcast.bulletin.words', {
          count: formatNumber(words),
          minutes: formatSeconds(spokenSeconds(normaliseForSpeech(text))),
        })}
      </Typography.Text>
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: 'spoken',
            label: t('broadcast.bulletin.spoken'),
            // Rendered once opened: the reading is not worked out on every keystroke for nobody.
            children: <SpokenText title={title} text={text} />,
          },
        ]}
      />
    </>
  );
}

/**
 * The words the engine will say, title first as the speech job reads it: a broadcaster checks
 * "12/12 thôn" or "Đ/c" before the bulletin is recorded, not after it has aired.
 */
function SpokenText({ title, text }: { title: string; text: string }) {
  const spoken = useMemo(
    () => normaliseForSpeech(title.trim() ? `${title.trim()}.\n${text}` : text),
    [title, text],
  );
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="spoken-text">
      {spoken}
    </Typography.Paragraph>
  );
}

/** The bulletin's fields; also the form of a new bulletin. */
function BulletinForm({
  form,
  disabled,
  initialTarget,
  onChange,
}: {
  form: ReturnType<typeof Form.useForm<Values>>[0];
  disabled: boolean;
  initialTarget: { id: string; name: string };
  onChange?: () => void;
}) {
  const t = useT();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <VerticalForm<Values> form={form} name="bulletin" disabled={disabled} onValuesChange={() => onChange?.()}>
      <Form.Item name="title" label={t('broadcast.bulletin.field.title')} rules={required}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="text"
        label={t('broadcast.bulletin.field.text')}
        extra={t('broadcast.bulletin.field.textHint')}
        rules={required}
        style={{ marginBottom: 4 }}
      >
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} maxLength={20000} />
      </Form.Item>
      <div style={{ marginBottom: 16 }}>
        <TextLength />
      </div>
      <Form.Item name="priority" label={t('broadcast.bulletin.field.priority')} rules={required}>
        <Radio.Group optionType="button" options={priorityOptions(t)} />
      </Form.Item>
      <PriorityHelp />
      <Form.Item
        name="targetBodyId"
        label={t('broadcast.bulletin.field.target')}
        extra={t('broadcast.bulletin.field.targetHint')}
        rules={required}
      >
        <BodySelect initial={[{ ...initialTarget, kind: 'other' }]} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="validFrom" label={t('broadcast.bulletin.field.validFrom')} rules={required}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="validUntil"
            label={t('broadcast.bulletin.field.validUntil')}
            extra={t('broadcast.bulletin.field.validUntilHint')}
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_rule, value: Dayjs | null) => {
                  const from = getFieldValue('validFrom') as Dayjs | undefined;
                  return !value || !from || !value.isBefore(from, 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('broadcast.bulletin.invalidDates')));
                },
              }),
            ]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} allowClear />
          </Form.Item>
        </Col>
      </Row>
    </VerticalForm>
  );
}

/** Where a bulletin came from: pick a library item or another bulletin to fill the form. */
function StartFrom({
  form,
  onSource,
  excludeBulletinId,
}: {
  form: ReturnType<typeof Form.useForm<Values>>[0];
  onSource: (source: Source) => void;
  excludeBulletinId?: string | undefined;
}) {
  const t = useT();
  const [kind, setKind] = useState<'item' | 'bulletin'>('item');
  const [error, setError] = useState<string | null>(null);
  const pick = async (id: string) => {
    setError(null);
    try {
      if (kind === 'item') {
        const { item } = await libraryApi.get(id);
        form.setFieldsValue({ title: item.title, text: item.summary });
        onSource({ sourceItem: { id: item.id, title: item.title }, sourceBulletin: null });
      } else {
        const { bulletin } = await broadcastApi.bulletin(id);
        form.setFieldsValue({ title: bulletin.title, text: bulletin.text, priority: bulletin.priority });
        onSource({
          sourceItem: bulletin.sourceItem,
          sourceBulletin: { id: bulletin.id, title: bulletin.title },
        });
      }
    } catch (caught) {
      setError(errorText(caught, t));
    }
  };
  return (
    <Card size="small" title={t('broadcast.bulletin.startFrom')} style={{ marginBottom: 16 }}>
      <ErrorAlert error={error} />
      <Flex vertical gap={8}>
        <Segmented<'item' | 'bulletin'>
          block
          value={kind}
          onChange={setKind}
          options={[
            { value: 'item', label: t('broadcast.bulletin.fromItem') },
            { value: 'bulletin', label: t('broadcast.bulletin.fromBulletin') },
          ]}
        />
        <SourcePicker kind={kind} onPick={(id) => void pick(id)} excludeBulletinId={excludeBulletinId} />
      </Flex>
    </Card>
  );
}

function SourceNote({ source }: { source: Source }) {
  const t = useT();
  if (!source.sourceItem && !source.sourceBulletin) return null;
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      {source.sourceItem && (
        <Tag color="blue">
          <Link to={`/library/${source.sourceItem.id}`}>
            {t('broadcast.bulletin.madeFrom', { title: source.sourceItem.title })}
          </Link>
        </Tag>
      )}
      {source.sourceBulletin && (
        <Tag color="purple">
          <Link to={`/broadcast/bulletins/${source.sourceBulletin.id}`}>
            {t('broadcast.bulletin.copyOf', { title: source.sourceBulletin.title })}
          </Link>
        </Tag>
      )}
    </Flex>
  );
}

/** A new bulletin: written from scratch, or started from a library item (`?fromItem=`) or a bulletin. */
export function NewBulletinPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const defaultBody = useDefaultBody();
  const [form] = Form.useForm<Values>();
  const [source, setSource] = useState<Source>({ sourceItem: null, sourceBulletin: null });
  const { saving, error, setError, submit } = useSubmit(form);
  const fromItem = params.get('fromItem');
  const fromBulletin = params.get('fromBulletin');

  useEffect(() => {
    form.setFieldsValue({
      priority: 'normal',
      targetBodyId: defaultBody.id,
      validFrom: dayjs(vietnamToday()),
      validUntil: null,
    });
  }, [form, defaultBody]);

  useEffect(() => {
    let live = true;
    if (fromItem) {
      libraryApi
        .get(fromItem)
        .then(({ item }) => {
          if (!live) return;
          form.setFieldsValue({ title: item.title, text: item.summary });
          setSource({ sourceItem: { id: item.id, title: item.title }, sourceBulletin: null });
        })
        .catch((caught) => live && setError(errorText(caught, t)));
    } else if (fromBulletin) {
      broadcastApi
        .bulletin(fromBulletin)
        .then(({ bulletin }) => {
          if (!live) return;
          form.setFieldsValue({ title: bulletin.title, text: bulletin.text, priority: bulletin.priority });
          setSource({
            sourceItem: bulletin.sourceItem,
            sourceBulletin: { id: bulletin.id, title: bulletin.title },
          });
        })
        .catch((caught) => live && setError(errorText(caught, t)));
    }
    return () => {
      live = false;
    };
  }, [fromItem, fromBulletin, form, t, setError]);

  const save = async () => {
    await submit(async (values) => {
      const { bulletin } = await broadcastApi.createBulletin({
        ...toInput(values),
        ...(source.sourceItem ? { sourceItemId: source.sourceItem.id } : {}),
        ...(source.sourceBulletin ? { sourceBulletinId: source.sourceBulletin.id } : {}),
      });
      void message.success(t('broadcast.bulletin.created'));
      void navigate(`/broadcast/bulletins/${bulletin.id}`, { replace: true });
    });
  };

  return (
    <>
      <PageTitle
        title={t('broadcast.bulletin.newTitle')}
        extra={
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {t('broadcast.bulletin.create')}
          </Button>
        }
      />
      <MainWithAside
        main={
          <Card>
            <ErrorAlert error={error} />
            <SourceNote source={source} />
            <BulletinForm form={form} disabled={false} initialTarget={defaultBody} />
          </Card>
        }
        aside={<StartFrom form={form} onSource={setSource} />}
      />
    </>
  );
}

const WORKING = new Set(['queued', 'running']);

/** Reading the bulletin aloud: the button, the job's progress, the player and its duration. */
function AudioCard({
  bulletin,
  dirty,
  onSynthesise,
}: {
  bulletin: Bulletin;
  dirty: boolean;
  onSynthesise: () => Promise<void>;
}) {
  const t = useT();
  const { saving: sending, error, run } = useSubmit();
  const audio = bulletin.audio;
  const working = WORKING.has(audio.status);
  const start = () => run(onSynthesise);
  return (
    <Card
      size="small"
      title={t('broadcast.audio.title')}
      extra={<AudioTag status={audio.status} stale={audio.stale} t={t} />}
      style={{ marginBottom: 16 }}
      data-testid="audio-card"
    >
      <ErrorAlert error={error} />
      {audio.status === 'failed' && audio.error && <ErrorAlert error={audio.error} />}
      {working && (
        <Progress
          percent={Math.round(audio.progress)}
          status="active"
          data-testid="synthesis-progress"
          style={{ marginBottom: 12 }}
        />
      )}
      {audio.status === 'ready' && (
        <>
          {audio.stale && (
            <Alert
              type="warning"
              showIcon
              icon={<WarningOutlined />}
              title={t('broadcast.audio.stale')}
              style={{ marginBottom: 12 }}
              data-testid="audio-stale"
            />
          )}
          {/* biome-ignore lint/a11y/useMediaCaption: the bulletin's text is on the same page. */}
          <audio
            controls
            preload="metadata"
            src={broadcastApi.audioUrl(bulletin)}
            style={{ width: '100%' }}
            data-testid="bulletin-audio"
          />
          {audio.durationSeconds !== null && (
            <Typography.Text type="secondary" data-testid="audio-duration">
              {t('broadcast.audio.duration', { duration: formatSeconds(audio.durationSeconds) })}
            </Typography.Text>
          )}
        </>
      )}
      {audio.status === 'none' && (
        <Typography.Paragraph type="secondary">{t('broadcast.audio.none')}</Typography.Paragraph>
      )}
      {bulletin.canEdit && (
        <div style={{ marginTop: 12 }}>
          <Button
            type={audio.status === 'ready' && !audio.stale ? 'default' : 'primary'}
            icon={<SoundOutlined />}
            loading={sending || working}
            onClick={() => void start()}
          >
            {audio.status === 'ready' || audio.status === 'failed'
              ? t('broadcast.audio.resynthesise')
              : t('broadcast.audio.synthesise')}
          </Button>
          {dirty && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('broadcast.audio.saveFirst')}
              </Typography.Text>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}

/** One bulletin: its text and settings (editable by its body), and its audio. */
export default function BulletinPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [form] = Form.useForm<Values>();

  const fetchBulletin = useCallback(
    async (accept: (bulletin: Bulletin) => void) => accept((await broadcastApi.bulletin(id)).bulletin),
    [id],
  );
  const { resource, accept, reload } = useResource(fetchBulletin, { spinner: 'once' });
  const bulletin = resource.state === 'ok' ? resource.data : null;
  const { saving, error, dirty, markDirty, stale, clearStale, save } = useVersionedForm({
    form,
    row: bulletin,
    valuesOf,
    update: async (row, values) =>
      (await broadcastApi.updateBulletin(row.id, { version: row.version, ...toInput(values) })).bulletin,
    accept,
    reload,
    savedText: t('common.saved'),
  });

  // While the audio is being made, ask again every second.
  const audioStatus = bulletin?.audio.status;
  useEffect(() => {
    if (!audioStatus || !WORKING.has(audioStatus)) return;
    const timer = setInterval(() => void reload(), 1000);
    return () => clearInterval(timer);
  }, [audioStatus, reload]);

  const synthesise = async () => {
    let current = bulletin;
    if (dirty) current = await save();
    if (!current) return;
    accept((await broadcastApi.synthesise(current.id)).bulletin);
  };

  const target = useMemo(() => bulletin?.target ?? { id: '', name: '' }, [bulletin?.target]);

  if (resource.state !== 'ok' || !bulletin) {
    return (
      <ResourcePending
        resource={resource.state === 'ok' ? { state: 'loading' } : resource}
        notFound={NOT_FOUND}
      />
    );
  }

  return (
    <>
      <PageTitle
        title={bulletin.title}
        sub={
          <Flex gap={4} wrap style={{ marginTop: 4 }} align="center">
            <PriorityTag priority={bulletin.priority} t={t} />
            <Typography.Text type="secondary">
              {bulletin.body.name} · {formatDate(bulletin.createdAt)}
            </Typography.Text>
          </Flex>
        }
        extra={
          bulletin.canEdit ? (
            <Button type="primary" loading={saving} disabled={!dirty} onClick={() => void save()}>
              {t('common.save')}
            </Button>
          ) : (
            me.abilities.broadcast && (
              <Button
                icon={<CopyOutlined />}
                onClick={() => navigate(`/broadcast/bulletins/new?fromBulletin=${bulletin.id}`)}
              >
                {t('broadcast.bulletin.copy')}
              </Button>
            )
          )
        }
      />
      {stale && (
        <ErrorAlert error={t('broadcast.bulletin.stale')} onClose={clearStale} testId="bulletin-stale" />
      )}
      <MainWithAside
        main={
          <Card>
            <ErrorAlert error={error} />
            <SourceNote source={bulletin} />
            <BulletinForm
              form={form}
              disabled={!bulletin.canEdit}
              initialTarget={target}
              onChange={markDirty}
            />
            <DraftSources bulletin={bulletin} />
          </Card>
        }
        aside={
          <>
            <AudioCard bulletin={bulletin} dirty={dirty} onSynthesise={synthesise} />
            <SpeechReadinessCard bulletin={bulletin} dirty={dirty} onListChanged={() => void reload()} />
          </>
        }
      />
    </>
  );
}
