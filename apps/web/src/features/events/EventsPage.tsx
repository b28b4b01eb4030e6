import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import type { EventKind, EventStatus, KeyDay } from '@lantoa/domain/constants';
import { EVENT_STATUSES } from '@lantoa/domain/constants';
import { vietnamToday } from '@lantoa/domain/rules';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useNameOf, useOptionsOf } from '../../shared/bilingualNames.ts';
import { BodyFilter, FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { useReadableBodies } from '../training/labels.tsx';
import { type EventSummary, eventsApi } from './api.ts';
import { EventFormModal } from './EventFormModal.tsx';
import { formatDays, keyDayNames, kindLabel, kindOptions, StatusTag } from './labels.tsx';

interface Filters {
  query: string;
  year?: number | undefined;
  keyDay?: KeyDay | undefined;
  status?: EventStatus | undefined;
  kind?: EventKind | undefined;
  bodyId?: string | undefined;
  nested?: 'yes' | 'no' | undefined;
}

/** The years offered: from five years back to two ahead of this one. */
const yearOptions = (thisYear: number) =>
  Array.from({ length: 8 }, (_v, i) => thisYear + 2 - i).map((year) => ({
    value: year,
    label: String(year),
  }));

/**
 * The events the person's bodies organise, are invited to or answer with their own (a commune's
 * event under the province's), latest first: filters, a search without diacritics, the way to the
 * key-day calendar and, for those who organise, a new event.
 */
export default function EventsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const thisYear = Number(vietnamToday().slice(0, 4));
  const bodies = useReadableBodies();
  const keyDayName = useNameOf(keyDayNames);
  const keyDayOptions = useOptionsOf(keyDayNames);
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({
    query: '',
    year: thisYear,
  });
  const q = useDebounced(filters.query.trim(), 300);
  const { year, keyDay, status, kind, bodyId, nested } = filters;
  const fetchEvents = useCallback(
    () =>
      eventsApi.list({
        q: q || undefined,
        year,
        keyDay,
        status,
        kind,
        bodyId,
        underParent: nested === undefined ? undefined : nested === 'yes',
        page,
        pageSize,
      }),
    [q, year, keyDay, status, kind, bodyId, nested, page, pageSize],
  );
  const events = useFetched(fetchEvents);
  const [adding, setAdding] = useState(false);
  const canCreate = events.data?.canCreate ?? me.abilities.manageEvents === true;

  return (
    <>
      <PageTitle
        title={t('events.list.title')}
        subtitle={t('events.list.subtitle')}
        extra={
          <>
            <Link to="/events/key-days">
              <Button icon={<CalendarOutlined />} data-testid="events-key-days">
                {t('events.keyDays.title')}
              </Button>
            </Link>
            {canCreate && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setAdding(true)}
                data-testid="event-add"
              >
                {t('events.list.add')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <FilterBar>
          <SelectFilter<number>
            label={t('events.filter.year')}
            value={year}
            onChange={(value) => setFilter('year', value)}
            options={yearOptions(thisYear)}
            width={120}
          />
          <SelectFilter<KeyDay>
            label={t('events.filter.keyDay')}
            value={keyDay}
            onChange={(value) => setFilter('keyDay', value)}
            options={keyDayOptions}
            width={260}
          />
          <SelectFilter<EventStatus>
            label={t('events.filter.status')}
            value={status}
            onChange={(value) => setFilter('status', value)}
            options={EVENT_STATUSES.map((value) => ({ value, label: t(`events.status.${value}`) }))}
            width={160}
          />
          <SelectFilter<EventKind>
            label={t('events.filter.kind')}
            value={kind}
            onChange={(value) => setFilter('kind', value)}
            options={kindOptions(t)}
            width={170}
          />
          <BodyFilter
            label={t('events.filter.body')}
            value={bodyId}
            initial={bodies}
            onChange={(value) => setFilter('bodyId', value)}
            width={240}
          />
          <SelectFilter<'yes' | 'no'>
            label={t('events.filter.nested')}
            value={nested}
            onChange={(value) => setFilter('nested', value)}
            options={[
              { value: 'no', label: t('events.filter.nestedNo') },
              { value: 'yes', label: t('events.filter.nestedYes') },
            ]}
            width={230}
          />
          <SearchFilter
            label={t('events.filter.search')}
            value={filters.query}
            onChange={(text) => setFilter('query', text)}
            width={300}
          />
        </FilterBar>
        <ListTable<EventSummary>
          testId="events-table"
          list={events}
          empty={t('events.list.empty')}
          pagination={pagination(events.data?.total)}
          onRow={rowOpens((row) => navigate(`/events/${row.id}`))}
          columns={[
            {
              title: t('events.field.title'),
              key: 'title',
              render: (_v, row) => (
                <Flex vertical gap={4} align="flex-start">
                  <RowLink to={`/events/${row.id}`}>{row.title}</RowLink>
                  <Flex gap={4} wrap>
                    <Tag>{kindLabel(t, row.kind)}</Tag>
                    {row.keyDay && <Tag color="purple">{keyDayName(row.keyDay)}</Tag>}
                    {row.parentEventId && <Tag color="geekblue">{t('events.list.underParent')}</Tag>}
                  </Flex>
                  {row.place && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.place}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: t('events.field.organiser'),
              key: 'organiser',
              width: 200,
              render: (_v, row) => row.organiser.name,
            },
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
            {
              title: t('events.field.invited'),
              key: 'invited',
              width: 120,
              align: 'right',
              render: (_v, row) => `${formatNumber(row.confirmed)}/${formatNumber(row.invited)}`,
            },
            {
              title: t('events.field.attended'),
              key: 'attended',
              width: 110,
              align: 'right',
              render: (_v, row) => formatNumber(row.attended),
            },
          ]}
        />
      </Card>
      {adding && (
        <EventFormModal
          event={null}
          onClose={() => setAdding(false)}
          onSaved={(event) => void navigate(`/events/${event.id}`)}
        />
      )}
    </>
  );
}
