import type { KeyDayStanding } from '@lantoa/domain/constants';
import { KEY_DAY_STANDINGS } from '@lantoa/domain/constants';
import { Card, Flex, Progress, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { FilterBar, SelectFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { RowLink } from '../../shared/rowLinks.tsx';
import type { CompletenessRow, EventCompleteness } from './api.ts';
import { completenessRows, heldPercent, standingCounts } from './event-form.ts';
import { formatDays, StandingTag } from './labels.tsx';

/** The counts of a parent event's required bodies: held of expected, and each standing's number. */
export function CompletenessSummary({ summary }: { summary: EventCompleteness['summary'] }) {
  const t = useT();
  const percent = heldPercent(summary);
  return (
    <Flex gap={24} wrap align="center" data-testid="completeness-summary">
      <Progress
        type="circle"
        size={72}
        percent={percent ?? 0}
        format={() => (percent === null ? t('common.none') : `${percent}%`)}
      />
      <Statistic
        title={t('events.completeness.held')}
        value={`${formatNumber(summary.held)}/${formatNumber(summary.expected)}`}
      />
      {standingCounts(summary)
        .filter(({ standing }) => standing !== 'held')
        .map(({ standing, count }) => (
          <Statistic key={standing} title={t(`events.standing.${standing}`)} value={formatNumber(count)} />
        ))}
    </Flex>
  );
}

/**
 * "Các đơn vị hưởng ứng": the bodies a parent event asked to hold their own, where each stands (held,
 * planned, overdue, cancelled, missing), the ones to follow up first, filtered by standing.
 */
export function CompletenessCard({ completeness }: { completeness: EventCompleteness }) {
  const t = useT();
  const [standing, setStanding] = useState<KeyDayStanding | undefined>(undefined);
  const rows = completenessRows(completeness.bodies, standing);
  return (
    <Card
      title={t('events.completeness.title')}
      extra={
        <Typography.Text type="secondary">
          {completeness.requiresKinds.map((kind) => t(`kind.${kind}`)).join(', ')}
        </Typography.Text>
      }
      style={{ marginBottom: 16 }}
    >
      <CompletenessSummary summary={completeness.summary} />
      <FilterBar style={{ marginTop: 16 }}>
        <SelectFilter<KeyDayStanding>
          label={t('events.completeness.filter')}
          value={standing}
          onChange={setStanding}
          options={KEY_DAY_STANDINGS.map((value) => ({ value, label: t(`events.standing.${value}`) }))}
          width={200}
        />
      </FilterBar>
      <Table<CompletenessRow>
        size="small"
        rowKey={(row) => row.body.id}
        data-testid="completeness-table"
        dataSource={rows}
        pagination={rows.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('events.invitations.body'), key: 'body', render: (_v, row) => row.body.name },
          {
            title: t('events.field.status'),
            key: 'standing',
            width: 150,
            render: (_v, row) => <StandingTag standing={row.standing} />,
          },
          {
            title: t('events.completeness.event'),
            key: 'event',
            render: (_v, row) =>
              row.event ? (
                <Flex vertical>
                  <RowLink to={`/events/${row.event.id}`}>{row.event.title}</RowLink>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDays(row.event.startsOn, row.event.endsOn)}
                  </Typography.Text>
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('events.completeness.noEvent')}</Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}
