import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { formatVnd, type ScienceTaskLevel, type ScienceTaskStatus } from '@lantoa/domain/constants';
import { Button, Card, Flex, Statistic, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { BodyFilter, FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { useReadableBodies } from '../training/labels.tsx';
import { type ScienceTaskSummary, scienceApi } from './api.ts';
import { ImportTasksModal } from './ImportTasksModal.tsx';
import { DisclosureTags, StatusTag, taskPeriod, useScienceLabels } from './labels.tsx';
import { TaskFormModal } from './TaskFormModal.tsx';

type YesNo = 'yes' | 'no';

interface Filters {
  query: string;
  bodyId?: string | undefined;
  status?: ScienceTaskStatus | undefined;
  level?: ScienceTaskLevel | undefined;
  published?: YesNo | undefined;
  secret?: YesNo | undefined;
}

const flag = (value: YesNo | undefined) => (value === undefined ? undefined : value === 'yes');

/**
 * The registry of state-funded S&T tasks of the reader's bodies (secret ones only over the body
 * that keeps them): how many are public and secret, filters, and for the department the form, the
 * Excel import of its list and each task's page.
 */
export default function ScienceTasksPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const labels = useScienceLabels();
  const canManage = me.abilities.communicate === true;
  const bodies = useReadableBodies();
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({ query: '' });
  const q = useDebounced(filters.query.trim(), 300);
  const { bodyId, status, level, published, secret } = filters;
  const fetchTasks = useCallback(
    () =>
      scienceApi.list({
        bodyId,
        q: q || undefined,
        status,
        level,
        published: flag(published),
        secret: flag(secret),
        page,
        pageSize,
      }),
    [bodyId, q, status, level, published, secret, page, pageSize],
  );
  const tasks = useFetched(fetchTasks);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const yesNo = [
    { value: 'yes' as const, label: t('science.filter.yes') },
    { value: 'no' as const, label: t('science.filter.no') },
  ];

  return (
    <>
      <PageTitle
        title={t('science.list.title')}
        subtitle={t('science.list.subtitle')}
        extra={
          canManage && (
            <>
              <Button
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="science-import-open"
              >
                {t('science.import.open')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setAdding(true)}
                data-testid="task-add"
              >
                {t('science.list.add')}
              </Button>
            </>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={32} wrap data-testid="science-counts">
          <Statistic title={t('science.count.total')} value={formatNumber(tasks.data?.total ?? 0)} />
          <Statistic title={t('science.count.published')} value={formatNumber(tasks.data?.published ?? 0)} />
          <Statistic title={t('science.count.secret')} value={formatNumber(tasks.data?.secret ?? 0)} />
        </Flex>
      </Card>
      <Card>
        <FilterBar>
          <BodyFilter
            label={t('science.filter.body')}
            value={bodyId}
            initial={bodies}
            onChange={(value) => setFilter('bodyId', value)}
            width={260}
          />
          <SelectFilter<ScienceTaskStatus>
            label={t('science.field.status')}
            value={status}
            onChange={(value) => setFilter('status', value)}
            options={labels.statusOptions}
            width={200}
          />
          <SelectFilter<ScienceTaskLevel>
            label={t('science.field.level')}
            value={level}
            onChange={(value) => setFilter('level', value)}
            options={labels.levelOptions}
            width={160}
          />
          <SelectFilter<YesNo>
            label={t('science.filter.published')}
            value={published}
            onChange={(value) => setFilter('published', value)}
            options={yesNo}
            width={150}
          />
          <SelectFilter<YesNo>
            label={t('science.filter.secret')}
            value={secret}
            onChange={(value) => setFilter('secret', value)}
            options={yesNo}
            width={130}
          />
          <SearchFilter
            label={t('science.filter.search')}
            value={filters.query}
            onChange={(text) => setFilter('query', text)}
            width={320}
          />
        </FilterBar>
        <ListTable<ScienceTaskSummary>
          testId="science-tasks-table"
          list={tasks}
          empty={t('science.list.empty')}
          pagination={pagination(tasks.data?.total)}
          onRow={rowOpens((row) => navigate(`/science-tasks/${row.id}`))}
          columns={[
            { title: t('science.field.code'), key: 'code', width: 130, render: (_v, row) => row.code },
            {
              title: t('science.field.title'),
              key: 'title',
              render: (_v, row) => (
                <>
                  <RowLink to={`/science-tasks/${row.id}`}>{row.title}</RowLink> <DisclosureTags task={row} />
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[row.hostOrganisation, row.leadScientist].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            {
              title: t('science.field.level'),
              key: 'level',
              width: 120,
              render: (_v, row) => labels.levelName(row.level),
            },
            {
              title: t('science.field.status'),
              key: 'status',
              width: 170,
              render: (_v, row) => <StatusTag status={row.status} />,
            },
            {
              title: t('science.field.budget'),
              key: 'budget',
              width: 170,
              align: 'right',
              render: (_v, row) => (row.budgetVnd === null ? t('common.none') : formatVnd(row.budgetVnd)),
            },
            {
              title: t('science.field.period'),
              key: 'period',
              width: 190,
              render: (_v, row) => taskPeriod(row) || t('common.none'),
            },
          ]}
        />
      </Card>
      {adding && (
        <TaskFormModal
          task={null}
          defaultBodyId={me.user.body.id}
          onClose={() => setAdding(false)}
          onSaved={(task) => void navigate(`/science-tasks/${task.id}`)}
        />
      )}
      <ImportTasksModal
        open={importing}
        defaultBodyId={me.user.body.id}
        onClose={() => setImporting(false)}
        onImported={() => void tasks.reload()}
      />
    </>
  );
}
