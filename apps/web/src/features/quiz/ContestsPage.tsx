import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { FilterBar, SearchFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { fold } from '../../shared/searchRank.ts';
import { useList } from '../../shared/useList.ts';
import { type ContestSummary, quizApi } from './api.ts';
import { ContestStatusTag, formatVnDate, QuizGuard } from './common.tsx';

const listContests = async () => (await quizApi.contests()).items;

function Contests() {
  const t = useT();
  const navigate = useNavigate();
  const { items, error } = useList(listContests);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = fold(query);
    if (!items || !q) return items ?? [];
    return items.filter((c) => fold(`${c.title} ${c.body.name}`).includes(q));
  }, [items, query]);

  return (
    <>
      <PageTitle
        title={t('quiz.contests.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/quiz/contests/new')}>
            {t('quiz.contests.create')}
          </Button>
        }
      />
      <Card>
        <FilterBar>
          <SearchFilter label={t('quiz.contests.filter')} value={query} onChange={setQuery} />
        </FilterBar>
        <ListTable<ContestSummary>
          testId="quiz-contests-table"
          rows={shown}
          loading={items === null}
          error={error}
          empty={t('quiz.contests.empty')}
          pagination={clientPagination(20)}
          onRow={rowOpens((row) => navigate(`/quiz/contests/${row.id}`))}
          columns={[
            {
              title: t('quiz.contests.contestTitle'),
              dataIndex: 'title',
              render: (_v, row) => <RowLink to={`/quiz/contests/${row.id}`}>{row.title}</RowLink>,
            },
            { title: t('quiz.organiser'), key: 'body', width: 220, render: (_v, row) => row.body.name },
            {
              title: t('quiz.contests.period'),
              key: 'period',
              width: 220,
              render: (_v, row) => `${formatVnDate(row.opensAt)} – ${formatVnDate(row.closesAt)}`,
            },
            {
              title: t('quiz.contests.rounds'),
              dataIndex: 'rounds',
              width: 100,
              align: 'right',
              render: (n: number) => formatNumber(n),
            },
            {
              title: t('quiz.contests.participants'),
              dataIndex: 'participants',
              width: 130,
              align: 'right',
              render: (n: number) => formatNumber(n),
            },
            {
              title: t('quiz.questions.status'),
              dataIndex: 'status',
              width: 130,
              render: (status: ContestSummary['status']) => <ContestStatusTag status={status} />,
            },
          ]}
        />
      </Card>
    </>
  );
}

export default function ContestsPage() {
  return (
    <QuizGuard>
      <Contests />
    </QuizGuard>
  );
}
