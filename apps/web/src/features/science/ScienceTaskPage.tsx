import {
  DeleteOutlined,
  EditOutlined,
  EyeInvisibleOutlined,
  GlobalOutlined,
  PaperClipOutlined,
  RobotOutlined,
  SoundOutlined,
} from '@ant-design/icons';
import { formatVnd } from '@lantoa/domain/constants';
import { formatIsoDate, vietnamDateOf } from '@lantoa/domain/rules';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Tooltip, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { errorText } from '../../shared/errors.ts';
import { FileField } from '../../shared/FilePicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { useFileSubmit } from '../../shared/useFileSubmit.ts';
import { useResource } from '../../shared/useResource.ts';
import { assistantApi } from '../assistant/api.ts';
import { formatSeconds } from '../broadcast/api.ts';
import { formatSize } from '../library/api.ts';
import { type ScienceTask, scienceApi } from './api.ts';
import { DisclosureTags, StatusTag, taskPeriod, useScienceLabels } from './labels.tsx';
import { TaskFormModal } from './TaskFormModal.tsx';

const NOT_FOUND: NotFound = {
  title: 'science.task.notFound',
  to: '/science-tasks',
  back: 'science.task.back',
};

/** What a task's page offers to download: documents and pictures (the server checks the content). */
const ACCEPT = '.pdf,.doc,.docx,.png,.jpg,.jpeg,.webp,.gif';
/** A bulletin drafted in one click fits a usual item of a session; the broadcaster edits it after. */
const DRAFT_MINUTES = 3;

/** Attaching one document or picture to the task. */
function AttachModal({
  task,
  onClose,
  onSaved,
}: {
  task: ScienceTask;
  onClose: () => void;
  onSaved: (task: ScienceTask) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const { saving, error, picked, send } = useFileSubmit(true, t('science.files.required'));
  const attach = () =>
    send(async (file) => {
      const saved = await scienceApi.attach(task.id, file);
      void message.success(t('science.files.attached'));
      onSaved(saved);
      onClose();
    });
  return (
    <FormModal
      open
      title={t('science.files.attach')}
      okText={t('science.files.send')}
      onOk={() => void attach()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="attach-error"
    >
      <FileField
        label={t('science.files.file')}
        hint={t(task.publishedAt ? 'science.files.hintPublic' : 'science.files.hint')}
        accept={ACCEPT}
        drop={t('science.files.drop')}
        testId="task-file"
        {...picked}
      />
    </FormModal>
  );
}

/**
 * One task of the registry: its facts, the plain-language summary and results, its files; for the
 * department the corrections, the disclosure on the public pages (never of a secret task) and the
 * files; for a broadcaster a bulletin drafted from the summary in one click.
 */
export default function ScienceTaskPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const labels = useScienceLabels();
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const [attaching, setAttaching] = useState(false);
  const [busy, setBusy] = useState<'publish' | 'draft' | null>(null);

  const fetchTask = useCallback(
    async (accept: (task: ScienceTask) => void) => accept(await scienceApi.get(id)),
    [id],
  );
  const { resource, accept, reload } = useResource(fetchTask, { spinner: 'once' });

  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;
  const task = resource.data;

  /** Publishes or withdraws; a refusal (secret, changed meanwhile) is said, and the task read again. */
  const setPublished = async (publish: boolean) => {
    setBusy('publish');
    try {
      accept(await (publish ? scienceApi.publish : scienceApi.unpublish)(task.id, task.version));
      void message.success(t(publish ? 'science.task.publishedNow' : 'science.task.unpublishedNow'));
    } catch (caught) {
      void message.error(errorText(caught, t));
      await reload();
    } finally {
      setBusy(null);
    }
  };

  /** "Soạn bản tin": the draft from the summary, opened on the bulletin's page to edit and place. */
  const draft = async () => {
    setBusy('draft');
    try {
      const { bulletinId, draft: made } = await assistantApi.draft({
        from: { kind: 'science_task', id: task.id },
        minutes: DRAFT_MINUTES,
      });
      void message.success(
        t('assistant.draft.created', {
          length: formatSeconds(made.seconds),
          target: formatSeconds(made.targetSeconds),
        }),
      );
      void navigate(`/broadcast/bulletins/${bulletinId}`);
    } catch (caught) {
      void message.error(errorText(caught, t));
    } finally {
      setBusy(null);
    }
  };

  const removeFile = async (fileId: string) => {
    try {
      await scienceApi.removeFile(task.id, fileId);
      void message.success(t('science.files.removed'));
    } catch (caught) {
      void message.error(errorText(caught, t));
    }
    await reload();
  };

  const draftable = me.abilities.broadcast && !task.isSecret && Boolean(task.summary || task.results);
  const sub = (
    <Flex gap={8} wrap align="center" style={{ marginTop: 4 }}>
      <Typography.Text type="secondary">
        {task.code} · {task.body.name}
      </Typography.Text>
      <StatusTag status={task.status} />
      <DisclosureTags task={task} />
    </Flex>
  );

  return (
    <>
      <PageTitle
        title={task.title}
        sub={sub}
        extra={
          <>
            {task.publicPath && (
              <Button
                icon={<GlobalOutlined />}
                href={task.publicPath}
                target="_blank"
                data-testid="task-public-link"
              >
                {t('science.task.publicPage')}
              </Button>
            )}
            {draftable && (
              <Button
                icon={<RobotOutlined />}
                loading={busy === 'draft'}
                disabled={busy !== null}
                onClick={() => void draft()}
                data-testid="task-draft"
              >
                {t('science.task.draft')}
              </Button>
            )}
            {task.canManage &&
              (task.publishedAt ? (
                <Popconfirm
                  title={t('science.task.unpublishConfirm')}
                  okText={t('science.task.unpublish')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => setPublished(false)}
                >
                  <Button
                    icon={<EyeInvisibleOutlined />}
                    loading={busy === 'publish'}
                    data-testid="task-unpublish"
                  >
                    {t('science.task.unpublish')}
                  </Button>
                </Popconfirm>
              ) : (
                <Tooltip title={task.isSecret ? t('science.task.secretNeverPublic') : undefined}>
                  <Button
                    type="primary"
                    icon={<SoundOutlined />}
                    loading={busy === 'publish'}
                    disabled={task.isSecret || busy !== null}
                    onClick={() => void setPublished(true)}
                    data-testid="task-publish"
                  >
                    {t('science.task.publish')}
                  </Button>
                </Tooltip>
              ))}
            {task.canManage && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="task-edit">
                {t('science.task.edit')}
              </Button>
            )}
          </>
        }
      />
      {task.isSecret && (
        <Notice type="warning" title={t('science.task.secretNotice')} style={{ marginBottom: 16 }} />
      )}
      {!task.isSecret && !task.publishedAt && !task.summary && task.canManage && (
        <Notice type="info" title={t('science.task.summaryMissing')} style={{ marginBottom: 16 }} />
      )}
      <Card title={t('science.task.facts')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" data-testid="task-facts">
          <Descriptions.Item label={t('science.field.code')}>{task.code}</Descriptions.Item>
          <Descriptions.Item label={t('science.field.level')}>
            {labels.levelName(task.level)}
          </Descriptions.Item>
          <Descriptions.Item label={t('science.field.host')}>
            {task.hostOrganisation || t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('science.field.lead')}>
            {task.leadScientist || t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('science.field.budget')}>
            {task.budgetVnd === null ? t('common.none') : formatVnd(task.budgetVnd)}
          </Descriptions.Item>
          <Descriptions.Item label={t('science.field.period')}>
            {taskPeriod(task) || t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('science.field.body')}>{task.body.name}</Descriptions.Item>
          <Descriptions.Item label={t('science.field.publishedAt')}>
            {task.publishedAt ? formatIsoDate(vietnamDateOf(Date.parse(task.publishedAt))) : t('common.none')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('science.field.summary')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="task-summary">
          {task.summary || <Typography.Text type="secondary">{t('science.task.noSummary')}</Typography.Text>}
        </Typography.Paragraph>
      </Card>
      <Card title={t('science.field.results')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {task.results || <Typography.Text type="secondary">{t('common.none')}</Typography.Text>}
        </Typography.Paragraph>
      </Card>
      <Card
        title={t('science.files.title')}
        extra={
          task.canManage && (
            <Button icon={<PaperClipOutlined />} onClick={() => setAttaching(true)} data-testid="task-attach">
              {t('science.files.attach')}
            </Button>
          )
        }
      >
        {task.files.length === 0 ? (
          <Typography.Text type="secondary">{t('science.files.none')}</Typography.Text>
        ) : (
          <Flex vertical gap={8} data-testid="task-files">
            {task.files.map((file) => (
              <Flex key={file.id} gap={8} align="center" wrap>
                <a href={scienceApi.fileUrl(task.id, file.id)} download>
                  {file.name}
                </a>
                {file.size !== null && (
                  <Typography.Text type="secondary">({formatSize(file.size)})</Typography.Text>
                )}
                {task.canManage && (
                  <Popconfirm
                    title={t('science.files.removeConfirm')}
                    okText={t('science.files.remove')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => removeFile(file.id)}
                  >
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('science.files.remove')}
                    />
                  </Popconfirm>
                )}
              </Flex>
            ))}
          </Flex>
        )}
      </Card>
      {editing && (
        <TaskFormModal
          task={task}
          defaultBodyId={task.body.id}
          onClose={() => setEditing(false)}
          onSaved={accept}
        />
      )}
      {attaching && <AttachModal task={task} onClose={() => setAttaching(false)} onSaved={accept} />}
    </>
  );
}
