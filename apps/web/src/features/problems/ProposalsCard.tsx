import { PROPOSAL_DECISIONS, type ProposalDecision } from '@lantoa/domain/constants';
import { App, Button, Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useOptionsOf } from '../../shared/bilingualNames.ts';
import { isStatus } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { formatInstantDay } from '../outputs/labels.tsx';
import { localPhone } from '../training/figures.ts';
import { type Proposal, problemsApi } from './api.ts';
import { ProposalStatusTag, proposalStatusNames } from './labels.tsx';

interface ReviewValues {
  status: ProposalDecision;
  note?: string;
}

/** The department's decision on one proposal, with a note; a 409 (reviewed meanwhile) reloads the list. */
function ReviewModal({
  proposal,
  decision,
  onClose,
  onReviewed,
}: {
  proposal: Proposal;
  decision: ProposalDecision;
  onClose: () => void;
  onReviewed: () => Promise<void>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewValues>();
  const { saving, error, submit } = useSubmit(form);
  const options = useOptionsOf(proposalStatusNames, PROPOSAL_DECISIONS);
  const save = () =>
    submit(
      async (values) => {
        await problemsApi.review(proposal.id, {
          status: values.status,
          note: (values.note ?? '').trim(),
          version: proposal.version,
        });
        void message.success(t('problems.review.saved', { code: proposal.code }));
        await onReviewed();
        onClose();
      },
      async (caught, otherwise) => {
        if (isStatus(caught, 409)) await onReviewed();
        return otherwise();
      },
    );
  return (
    <FormModal
      open
      title={t('problems.review.title', { code: proposal.code })}
      okText={t('problems.review.save')}
      saving={saving}
      error={error}
      errorTestId="review-error"
      onOk={() => void save()}
      onCancel={onClose}
    >
      <VerticalForm<ReviewValues>
        form={form}
        name="proposal-review"
        initialValues={{ status: decision, note: proposal.reviewNote }}
      >
        <Form.Item name="status" label={t('problems.review.decision')}>
          <Radio.Group options={options} optionType="button" />
        </Form.Item>
        <Form.Item name="note" label={t('problems.review.note')} extra={t('problems.review.noteHint')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}

/**
 * The proposals answering a problem, for those who manage it: who sent each (organisation, contact
 * details), when, the files, where it stands and, while the problem is open, the review's buttons.
 */
export function ProposalsCard({
  proposals,
  loading,
  error,
  reviewable,
  onReviewed,
}: {
  proposals: readonly Proposal[] | undefined;
  loading: boolean;
  error: string | null;
  reviewable: boolean;
  onReviewed: () => Promise<void>;
}) {
  const t = useT();
  const [reviewing, setReviewing] = useState<{ proposal: Proposal; decision: ProposalDecision } | null>(null);
  const decisions: { decision: ProposalDecision; label: string }[] = [
    { decision: 'shortlisted', label: t('problems.review.shortlist') },
    { decision: 'not_selected', label: t('problems.review.notSelect') },
    { decision: 'selected', label: t('problems.review.select') },
  ];
  return (
    <Card
      title={t('problems.proposals.title', { n: formatNumber(proposals?.length ?? 0) })}
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph type="secondary">{t('problems.proposals.privacy')}</Typography.Paragraph>
      <ListTable<Proposal>
        testId="proposals-table"
        rows={proposals}
        loading={loading}
        error={error}
        empty={t('problems.proposals.empty')}
        pagination={clientPagination(20)}
        expandable={{
          expandedRowRender: (row) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {row.summary}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          {
            title: t('problems.proposal.code'),
            key: 'code',
            width: 140,
            render: (_v, row) => <Typography.Text code>{row.code}</Typography.Text>,
          },
          {
            title: t('problems.proposal.organisation'),
            key: 'organisation',
            render: (_v, row) => row.organisation || t('problems.proposal.individual'),
          },
          {
            title: t('problems.proposal.contact'),
            key: 'contact',
            render: (_v, row) => (
              <>
                <div>{row.contactName}</div>
                {row.email && (
                  <div>
                    <a href={`mailto:${row.email}`}>{row.email}</a>
                  </div>
                )}
                {row.phone && (
                  <div>
                    <a href={`tel:${row.phone}`}>{localPhone(row.phone)}</a>
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('problems.proposal.receivedOn'),
            key: 'createdAt',
            width: 120,
            render: (_v, row) => formatInstantDay(row.createdAt),
          },
          {
            title: t('problems.proposal.files'),
            key: 'files',
            render: (_v, row) =>
              row.files.length === 0 ? (
                t('common.none')
              ) : (
                <Flex vertical gap={2}>
                  {row.files.map((file) => (
                    <a
                      key={file.id}
                      href={problemsApi.fileUrl(row.id, file.id)}
                      target="_blank"
                      rel="noopener noreferrer"
                    >
                      {file.name}
                    </a>
                  ))}
                </Flex>
              ),
          },
          {
            title: t('problems.proposal.status'),
            key: 'status',
            render: (_v, row) => (
              <>
                <ProposalStatusTag status={row.status} />
                {row.reviewNote && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'pre-wrap' }}>
                      {row.reviewNote}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          ...(reviewable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_v: unknown, row: Proposal) => (
                    <Flex gap={4} wrap>
                      {decisions
                        .filter(({ decision }) => decision !== row.status)
                        .map(({ decision, label }) => (
                          <Button
                            key={decision}
                            size="small"
                            onClick={() => setReviewing({ proposal: row, decision })}
                          >
                            {label}
                          </Button>
                        ))}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {reviewing && (
        <ReviewModal
          proposal={reviewing.proposal}
          decision={reviewing.decision}
          onClose={() => setReviewing(null)}
          onReviewed={onReviewed}
        />
      )}
    </Card>
  );
}
