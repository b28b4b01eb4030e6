import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { Audience } from '@lantoa/domain/constants';
import { formatIsoDate, vietnamToday } from '@lantoa/domain/rules';
import { App, Button, Card, Flex, InputNumber, Popconfirm, Tag, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useNameOf, useOptionsOf } from '../../shared/bilingualNames.ts';
import { countColumn } from '../../shared/columns.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { BodyFilter, FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { type PeopleSummary, type RosterItem, trainingApi } from './api.ts';
import { formatShare, localPhone, type SummaryRow, summaryRows } from './figures.ts';
import { audienceNames, useReadableBodies } from './labels.tsx';
import { PersonFormModal, rosterInputOf } from './PersonFormModal.tsx';
import { RosterImportModal } from './RosterImportModal.tsx';

/**
 * The people who count at a body (the user's own unless another is picked): per audience the named
 * people, the head-count of the year, and under the whole subtree the people who count, trained and
 * informed; then the body's roster, kept by whoever keeps the body (`canEdit`).
 */
export default function PeoplePage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { bodyId = me.user.body.id } = useParams();
  const fetchSummary = useCallback(() => trainingApi.people(bodyId), [bodyId]);
  const summary = useFetched(fetchSummary);
  const canEdit = summary.data?.body.id === bodyId && summary.data.canEdit;
  const bodies = useReadableBodies(summary.data?.body);

  return (
    <>
      <PageTitle
        title={t('training.people.title')}
        subtitle={summary.data?.body.name}
        extra={
          <BodyFilter
            label={t('training.people.body')}
            value={bodyId}
            initial={bodies}
            onChange={(next) => void navigate(`/training/people/${next ?? me.user.body.id}`)}
            width={320}
          />
        }
      />
      <Card title={t('training.people.summary', { year: summary.data?.year ?? '' })}>
        <Typography.Paragraph type="secondary">{t('training.people.summaryHint')}</Typography.Paragraph>
        <SummaryTable
          bodyId={bodyId}
          summary={summary.data}
          loading={summary.loading}
          error={summary.error}
          onSaved={() => void summary.reload()}
        />
      </Card>
      <RosterCard bodyId={bodyId} canEdit={canEdit} onChanged={() => void summary.reload()} />
    </>
  );
}

function SummaryTable({
  bodyId,
  summary,
  loading,
  error,
  onSaved,
}: {
  bodyId: string;
  summary: PeopleSummary | null;
  loading: boolean;
  error: string | null;
  onSaved: () => void;
}) {
  const t = useT();
  const audienceName = useNameOf(audienceNames);
  const rows = useMemo(() => (summary ? summaryRows(summary) : undefined), [summary]);
  const year = summary?.year ?? Number(vietnamToday().slice(0, 4));
  return (
    <ListTable<SummaryRow>
      testId="people-summary"
      rowKey="audience"
      rows={rows}
      loading={loading}
      error={error}
      pagination={false}
      columns={[
        {
          title: t('training.people.audience'),
          key: 'audience',
          render: (_v, row) => audienceName(row.audience),
        },
        countColumn(t('training.people.named'), 'named', (row) => row.named),
        {
          title: t('training.people.headcount', { year }),
          key: 'headcount',
          align: 'right',
          render: (_v, row) =>
            summary?.canEdit ? (
              <HeadcountInput
                key={`${row.audience}-${row.headcount ?? ''}`}
                bodyId={bodyId}
                year={year}
                row={row}
                onSaved={onSaved}
              />
            ) : row.headcount === null ? (
              t('common.none')
            ) : (
              formatNumber(row.headcount)
            ),
        },
        countColumn(t('training.people.counting'), 'counting', (row) => row.counting),
        {
          title: t('training.people.trained'),
          key: 'trained',
          align: 'right',
          render: (_v, row) => formatShare(row.trained),
        },
        {
          title: t('training.people.informed'),
          key: 'informed',
          align: 'right',
          render: (_v, row) => formatShare(row.informed),
        },
      ]}
    />
  );
}

/** A head-count typed in the table, saved when the field is left (empty removes the year's figure). */
function HeadcountInput({
  bodyId,
  year,
  row,
  onSaved,
}: {
  bodyId: string;
  year: number;
  row: SummaryRow;
  onSaved: () => void;
}) {
  const t = useT();
  const audienceName = useNameOf(audienceNames);
  const { message } = App.useApp();
  const { error, setError, run } = useSubmit();
  const [value, setValue] = useState<number | null>(row.headcount);
  // Enter and then leaving the field would send the same figure twice.
  const sent = useRef(row.headcount);
  const save = () => {
    if (value === sent.current) return;
    sent.current = value;
    void run(async () => {
      await trainingApi.setHeadcount(bodyId, { audience: row.audience, year, headcount: value });
      void message.success(t('training.people.headcountSaved'));
      onSaved();
    });
  };
  return (
    <Flex vertical align="flex-end" gap={4}>
      <InputNumber<number>
        size="small"
        min={0}
        max={100_000_000}
        precision={0}
        value={value}
        onChange={setValue}
        onBlur={save}
        onPressEnter={save}
        aria-label={t('training.people.headcountOf', { year, audience: audienceName(row.audience) })}
        style={{ width: 140 }}
      />
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Flex>
  );
}

/** The body's named people: filtered by audience and searched; added, corrected, or left. */
function RosterCard({
  bodyId,
  canEdit,
  onChanged,
}: {
  bodyId: string;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const audienceName = useNameOf(audienceNames);
  const audienceOptions = useOptionsOf(audienceNames);
  const [audience, setAudience] = useState<Audience | undefined>(undefined);
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 300);
  const fetchRoster = useCallback(
    () => trainingApi.roster(bodyId, { audience, q: q || undefined }),
    [bodyId, audience, q],
  );
  const roster = useFetched(fetchRoster);
  const [editing, setEditing] = useState<{ personId: string | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const { error, setError, run } = useSubmit();
  // The person being corrected as last read: a stale save reloads the list, and the next save sends
  // the version read then.
  const person = editing?.personId
    ? (roster.data?.items.find((p) => p.id === editing.personId) ?? null)
    : null;
  const changed = () => {
    void roster.reload();
    onChanged();
  };
  const leave = (row: RosterItem) =>
    run(async () => {
      await trainingApi.updatePerson(row.id, {
        ...rosterInputOf(row),
        leftOn: vietnamToday(),
        version: row.version,
      });
      void message.success(t('training.people.leftSaved', { name: row.fullName }));
      changed();
    });

  return (
    <Card
      title={t('training.people.roster')}
      style={{ marginTop: 16 }}
      extra={
        canEdit && (
          <Flex gap={8} wrap>
            <Button
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="roster-import-open"
            >
              {t('training.people.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ personId: null })}>
              {t('training.people.add')}
            </Button>
          </Flex>
        )
      }
    >
      <FilterBar>
        <SelectFilter<Audience>
          label={t('training.people.filterAudience')}
          value={audience}
          onChange={setAudience}
          options={audienceOptions}
          width={300}
        />
        <SearchFilter label={t('training.people.search')} value={query} onChange={setQuery} width={360} />
      </FilterBar>
      <ErrorAlert error={error} onClose={() => setError(null)} testId="roster-error" />
      <ListTable<RosterItem>
        testId="roster"
        rows={roster.data?.body.id === bodyId ? roster.data.items : undefined}
        loading={roster.loading}
        error={roster.error}
        empty={t('training.people.empty')}
        pagination={clientPagination(50)}
        columns={[
          {
            title: t('training.person.fullName'),
            key: 'name',
            render: (_v, row) => (
              <Flex vertical gap={2} align="flex-start">
                <span>{row.fullName}</span>
                <Flex gap={4} wrap>
                  {row.leftOn && (
                    <Tag color="default">
                      {t('training.people.left', { date: formatIsoDate(row.leftOn) })}
                    </Tag>
                  )}
                  {row.trained && <Tag color="green">{t('training.people.trainedTag')}</Tag>}
                </Flex>
              </Flex>
            ),
          },
          {
            title: t('training.person.audience'),
            key: 'audience',
            render: (_v, row) => audienceName(row.audience),
          },
          { title: t('training.person.roleTitle'), dataIndex: 'roleTitle' },
          {
            title: t('training.person.phone'),
            key: 'phone',
            render: (_v, row) => (row.phone ? localPhone(row.phone) : t('common.none')),
          },
          {
            title: t('training.person.village'),
            key: 'village',
            render: (_v, row) =>
              row.teamVillage ? t('training.people.teamOf', { village: row.teamVillage }) : row.village,
          },
          {
            title: t('training.person.joinedOn'),
            key: 'joinedOn',
            render: (_v, row) => (row.joinedOn ? formatIsoDate(row.joinedOn) : t('common.none')),
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  render: (_v: unknown, row: RosterItem) => (
                    <Flex gap={4}>
                      <Button
                        size="small"
                        aria-label={t('training.people.editOf', { name: row.fullName })}
                        onClick={() => setEditing({ personId: row.id })}
                      >
                        {t('common.edit')}
                      </Button>
                      {!row.leftOn && (
                        <Popconfirm
                          title={t('training.people.leaveConfirm', { name: row.fullName })}
                          okText={t('training.people.leave')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => void leave(row)}
                        >
                          <Button
                            size="small"
                            aria-label={t('training.people.leaveOf', { name: row.fullName })}
                          >
                            {t('training.people.leave')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (editing.personId === null || person) && (
        <PersonFormModal
          bodyId={bodyId}
          person={person}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
          onStale={() => void roster.reload()}
        />
      )}
      {canEdit && (
        <RosterImportModal
          open={importing}
          bodyId={bodyId}
          onClose={() => setImporting(false)}
          onImported={changed}
        />
      )}
    </Card>
  );
}
