import { PlusOutlined } from '@ant-design/icons';
import type { CourseKind } from '@lantoa/domain/constants';
import { Button, Card, Flex, Tag, Tooltip } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { FilterBar, SelectFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { type CourseListItem, trainingApi } from './api.ts';
import { CourseFormModal } from './CourseFormModal.tsx';
import { formatDays, KindTag, kindOptions } from './labels.tsx';

/**
 * The courses and briefings the person organises or is invited to, latest first: who organises,
 * when, how many bodies were asked for how many people, how many were sent and came, and what the
 * person's own bodies still have to send.
 */
export default function CoursesPage() {
  const t = useT();
  const navigate = useNavigate();
  const [kind, setKind] = useState<CourseKind | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const fetchCourses = useCallback(() => trainingApi.courses({ kind }), [kind]);
  const courses = useFetched(fetchCourses);
  const open = (row: CourseListItem) => navigate(`/training/courses/${row.id}`);

  return (
    <>
      <PageTitle
        title={t('training.courses.title')}
        extra={
          courses.data?.canOrganise && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('training.courses.new')}
            </Button>
          )
        }
      />
      <Card>
        <FilterBar>
          <SelectFilter<CourseKind>
            label={t('training.courses.filterKind')}
            value={kind}
            onChange={setKind}
            width={200}
            options={kindOptions(t)}
          />
        </FilterBar>
        <ListTable<CourseListItem>
          testId="courses-table"
          list={courses}
          empty={t('training.courses.empty')}
          pagination={clientPagination(20)}
          onRow={rowOpens(open)}
          columns={[
            {
              title: t('training.courses.topic'),
              key: 'topic',
              render: (_v, row) => (
                <Flex vertical gap={4} align="flex-start">
                  <RowLink to={`/training/courses/${row.id}`}>{row.topic}</RowLink>
                  <Flex gap={4} wrap>
                    <KindTag kind={row.kind} />
                    {row.toNominate > 0 && (
                      <Tooltip title={t('training.courses.toNominateHint')}>
                        <Tag color="orange" data-testid="to-nominate">
                          {t('training.courses.toNominate', { n: formatNumber(row.toNominate) })}
                        </Tag>
                      </Tooltip>
                    )}
                  </Flex>
                </Flex>
              ),
            },
            {
              title: t('training.courses.organiser'),
              key: 'organiser',
              width: 220,
              render: (_v, row) => row.organiser.name,
            },
            {
              title: t('training.courses.dates'),
              key: 'dates',
              width: 200,
              render: (_v, row) => formatDays(row.startsOn, row.endsOn),
            },
            ...(
              [
                ['invited', 'training.courses.invited'],
                ['quota', 'training.courses.quota'],
                ['nominated', 'training.courses.nominated'],
                ['attended', 'training.courses.attended'],
              ] as const
            ).map(([field, title]) => ({
              title: t(title),
              key: field,
              width: 110,
              align: 'right' as const,
              render: (_v: unknown, row: CourseListItem) => formatNumber(row[field]),
            })),
          ]}
        />
      </Card>
      {creating && <CourseFormModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
