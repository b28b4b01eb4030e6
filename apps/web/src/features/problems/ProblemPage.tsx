import { ExportOutlined } from '@ant-design/icons';
import { formatIsoDate } from '@lantoa/domain/rules';
import { Alert, App, Button, Card, Descriptions, Form, Popconfirm, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { formatNumber } from '../../shared/format.ts';
import { MainWithAside } from '../../shared/MainWithAside.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { useResource } from '../../shared/useResource.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { useVersionedForm } from '../../shared/useVersionedForm.ts';
import { webLink } from '../../shared/webLink.ts';
import { formatInstantDay } from '../outputs/labels.tsx';
import { type Problem, problemsApi } from './api.ts';
import { CloseProblemModal } from './CloseProblemModal.tsx';
import { ProblemStatusTag, ProposalStatusTag } from './labels.tsx';
import { inputOf, ProblemForm, type ProblemValues, valuesOf } from './ProblemForm.tsx';
import { ProposalsCard } from './ProposalsCard.tsx';

/** What a missing (or hidden) problem shows, and the way back. */
const NOT_FOUND: NotFound = {
  title: 'problems.notFound',
  to: '/problems',
  back: 'problems.back',
};

/** "Tạo đặt hàng": a new problem, saved as a draft of the person's body before it is published. */
export function NewProblemPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProblemValues>();
  const { saving, error, submit } = useSubmit(form);
  const save = () =>
    submit(async (values) => {
      const { id } = await problemsApi.create(me.user.body.id, inputOf(values));
      void message.success(t('problems.draftSaved'));
      void navigate(`/problems/${id}`, { replace: true });
    });
  return (
    <>
      <PageTitle
        title={t('problems.newTitle')}
        extra={
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {t('problems.saveDraft')}
          </Button>
        }
      />
      <MainWithAside
        main={
          <Card>
            <ErrorAlert error={error} testId="problem-error" />
            <ProblemForm form={form} disabled={false} />
          </Card>
        }
        aside={<Alert type="info" showIcon title={t('problems.draftHint')} />}
      />
    </>
  );
}

/** A published or closed problem as it reads (no form): what the public page shows. */
function ProblemText({ problem }: { problem: Problem }) {
  const t = useT();
  return (
    <Card style={{ marginBottom: 16 }} data-testid="problem-text">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'holder', label: t('problems.field.holder'), children: problem.holder },
          { key: 'deadline', label: t('problems.field.deadline'), children: formatIsoDate(problem.deadline) },
        ]}
      />
      <Typography.Title level={5}>{t('problems.field.needs')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{problem.needs}</Typography.Paragraph>
      {problem.expected && (
        <>
          <Typography.Title level={5}>{t('problems.field.expected')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{problem.expected}</Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

/** Where the problem can be read by the public, and how many proposals stand where. */
function ProblemAside({ problem }: { problem: Problem }) {
  const t = useT();
  const link = problem.publicUrl ? webLink(problem.publicUrl) : null;
  const statuses = ['received', 'shortlisted', 'not_selected', 'selected'] as const;
  return (
    <>
      <Card title={t('problems.publicPage')} style={{ marginBottom: 16 }}>
        {link ? (
          <>
            <Typography.Paragraph type="secondary">{t('problems.publicPageHint')}</Typography.Paragraph>
            <Typography.Paragraph copyable={{ text: link }} data-testid="public-link">
              <a href={link} target="_blank" rel="noopener noreferrer">
                {t('problems.openPublicPage')} <ExportOutlined />
              </a>
            </Typography.Paragraph>
          </>
        ) : (
          <Typography.Text type="secondary">{t('problems.notPublished')}</Typography.Text>
        )}
      </Card>
      <Card
        title={t('problems.count.title', { n: formatNumber(problem.proposalTotal) })}
        style={{ marginBottom: 16 }}
      >
        {statuses.map((status) => (
          <div key={status} style={{ marginBottom: 4 }}>
            <ProposalStatusTag status={status} /> {formatNumber(problem.proposals[status] ?? 0)}
          </div>
        ))}
      </Card>
    </>
  );
}

/**
 * One problem: a draft or an open problem is edited here by those who manage it, a draft published,
 * an open one closed with its outcome; the proposals that answered it with their contact details and
 * files, reviewed one by one (shortlisted, not selected, selected, with a note).
 */
export default function ProblemPage() {
  const t = useT();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [form] = Form.useForm<ProblemValues>();
  const [closing, setClosing] = useState(false);

  const fetchProblem = useCallback(
    async (accept: (problem: Problem) => void) => accept(await problemsApi.get(id)),
    [id],
  );
  const { resource, accept, reload } = useResource(fetchProblem, { spinner: 'once' });
  const problem = resource.state === 'ok' ? resource.data : null;
  const canManage = problem?.canManage === true;
  const editable = canManage && problem?.status !== 'closed';
  const { saving, error, dirty, markDirty, stale, clearStale, save } = useVersionedForm({
    form,
    row: editable ? problem : null,
    valuesOf,
    update: (row, values) => problemsApi.update(row.id, { ...inputOf(values), version: row.version }),
    accept,
    reload,
    savedText: t('problems.saved'),
  });
  const publishing = useSubmit();

  // Only those who manage the problem read its proposals (the server answers 404 to anyone else).
  const fetchProposals = useCallback(
    async () => (canManage ? problemsApi.proposals(id) : { items: [] }),
    [id, canManage],
  );
  const proposals = useFetched(fetchProposals);
  const reloadAll = async () => {
    await Promise.all([proposals.reload(), reload()]);
  };

  if (resource.state !== 'ok' || !problem) {
    return (
      <ResourcePending
        resource={resource.state === 'ok' ? { state: 'loading' } : resource}
        notFound={NOT_FOUND}
      />
    );
  }

  const publish = async () => {
    let current: Problem | null = problem;
    if (dirty) current = await save();
    if (!current) return;
    const target = current;
    const published = await publishing.run(() => problemsApi.publish(target.id, target.version));
    if (published) {
      accept(published);
      void message.success(t('problems.published'));
    }
  };

  const sub = (
    <Typography.Text type="secondary">
      <ProblemStatusTag status={problem.status} /> {problem.body.name} ·{' '}
      {problem.publishedAt
        ? t('problems.publishedOn', { date: formatInstantDay(problem.publishedAt) })
        : t('problems.createdOn', { date: formatInstantDay(problem.createdAt) })}
      {problem.status === 'open' && !problem.acceptsProposals && ` · ${t('problems.deadlinePassed')}`}
    </Typography.Text>
  );

  return (
    <>
      <PageTitle
        title={problem.title}
        sub={sub}
        extra={
          canManage && (
            <>
              {editable && (
                <Button loading={saving} disabled={!dirty} onClick={() => void save()}>
                  {t('common.save')}
                </Button>
              )}
              {problem.status === 'draft' && (
                <Popconfirm
                  title={t('problems.publishConfirm')}
                  okText={t('problems.publish')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void publish()}
                >
                  <Button type="primary" loading={publishing.saving}>
                    {t('problems.publish')}
                  </Button>
                </Popconfirm>
              )}
              {problem.status === 'open' && (
                <Button type="primary" onClick={() => setClosing(true)}>
                  {t('problems.close.open')}
                </Button>
              )}
            </>
          )
        }
      />
      {stale && <ErrorAlert error={t('problems.stale')} onClose={clearStale} testId="problem-stale" />}
      <ErrorAlert error={publishing.error} testId="publish-error" />
      {problem.status === 'closed' && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('problems.outcome')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{problem.outcome}</span>}
          data-testid="problem-outcome"
        />
      )}
      <MainWithAside
        main={
          editable ? (
            <Card style={{ marginBottom: 16 }}>
              <ErrorAlert error={error} testId="problem-error" />
              <ProblemForm form={form} disabled={false} onChange={markDirty} />
            </Card>
          ) : (
            <ProblemText problem={problem} />
          )
        }
        aside={<ProblemAside problem={problem} />}
      />
      {canManage && problem.status !== 'draft' && (
        <ProposalsCard
          proposals={proposals.data?.items}
          loading={proposals.loading}
          error={proposals.error}
          reviewable={problem.status === 'open'}
          onReviewed={reloadAll}
        />
      )}
      {closing && (
        <CloseProblemModal
          problem={problem}
          proposals={proposals.data?.items ?? []}
          onClose={() => setClosing(false)}
          onClosed={(closed) => {
            accept(closed);
            setClosing(false);
            void proposals.reload();
          }}
        />
      )}
    </>
  );
}
