import { sumBudget } from '@lantoa/domain/constants';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../shared/format.ts';
import type { ReviewReport, ReviewTable } from './api.ts';
import { onTimeRate, taskTotals } from './review-view.ts';

/** Lines of a cell, one under the other ("80%" over "Đúng lộ trình"). */
const stacked = (...lines: (string | null | undefined)[]): ReactNode =>
  lines
    .filter((l): l is string => Boolean(l))
    .map((l, i) => (
      <div key={l} style={i ? { color: '#595959', fontSize: 12 } : undefined}>
        {l}
      </div>
    ));

const rate = (y: Parameters<typeof onTimeRate>[0]) => {
  const r = onTimeRate(y);
  return r === null ? '—' : `${formatNumber(r)}%`;
};

/** A read-only table of figures, scrolling sideways on a phone. */
function Figures<T extends object>({
  rows,
  columns,
  rowKey,
  summary,
  testId,
}: {
  rows: readonly T[];
  columns: TableColumnsType<T>;
  rowKey: (row: T, index?: number) => string;
  summary?: ReactNode;
  testId: string;
}) {
  return (
    <Table<T>
      size="small"
      bordered
      style={{ marginTop: 8 }}
      scroll={{ x: 'max-content' }}
      rowKey={rowKey}
      dataSource={rows as T[]}
      columns={columns}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      summary={summary ? () => summary : undefined}
      data-testid={testId}
    />
  );
}

function Total({ cells }: { cells: ReactNode[] }) {
  return (
    <Table.Summary.Row style={{ fontWeight: 600 }}>
      {cells.map((cell, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed row of cells
        <Table.Summary.Cell key={i} index={i} align={i > 0 ? 'right' : undefined}>
          {cell}
        </Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  );
}

/**
 * One of the review's tables as the draft holds it, where its part places it; a table without rows
 * says it will not be printed.
 */
export function ReviewTableView({ report, table }: { report: ReviewReport; table: ReviewTable }) {
  const t = useT();
  const number = (n: number) => formatNumber(n);
  const byName = (row: { name: string }, i?: number) => `${i}-${row.name}`;
  const name = { title: t('reviews.col.indicator'), dataIndex: 'name', width: 320 } as const;

  if (!report[table].length)
    return (
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {t('reviews.tableEmpty')}
      </Typography.Text>
    );

  switch (table) {
    case 'results':
      return (
        <Figures
          testId="review-results"
          rows={report.results}
          rowKey={byName}
          columns={[
            name,
            ...(report.kind === 'yearly'
              ? [
                  { title: t('reviews.col.targetYear', { year: report.year }), dataIndex: 'target' },
                  {
                    title: t('reviews.col.valueYear', { year: report.year }),
                    render: (_: unknown, r: ReviewReport['results'][number]) =>
                      stacked(
                        r.value,
                        r.numerator !== undefined && r.denominator !== undefined
                          ? `${number(r.numerator)}/${number(r.denominator)}`
                          : null,
                      ),
                  },
                  { title: t('reviews.col.status'), dataIndex: 'status' },
                ]
              : [
                  {
                    title: t('reviews.col.valueYear', { year: report.year }),
                    dataIndex: 'value',
                  },
                ]),
            { title: t('reviews.col.targetEnd', { year: report.endYear }), dataIndex: 'finalTarget' },
            { title: t('reviews.col.statusEnd', { year: report.endYear }), dataIndex: 'finalStatus' },
          ]}
        />
      );
    case 'trend':
      return (
        <Figures
          testId="review-trend"
          rows={report.trend}
          rowKey={byName}
          columns={[
            name,
            ...report.years.map((year) => ({
              title: t('reviews.yearN', { year }),
              key: String(year),
              align: 'center' as const,
              render: (_: unknown, r: ReviewReport['trend'][number]) => {
                const cell = r.years.find((y) => y.year === year);
                return cell ? stacked(cell.value, cell.status) : '—';
              },
            })),
            { title: t('reviews.col.change'), dataIndex: 'change', align: 'center' },
          ]}
        />
      );
    case 'tasks': {
      const total = taskTotals(report.tasks);
      const parts = (y: typeof total) => y.doneOnTime + y.doneLate + y.inProgress + y.overdue;
      return (
        <Figures
          testId="review-tasks"
          rows={report.tasks}
          rowKey={(row) => String(row.year)}
          columns={[
            { title: t('reviews.col.year'), dataIndex: 'year' },
            { title: t('reviews.col.parts'), align: 'right', render: (_, r) => number(parts(r)) },
            { title: t('reviews.col.doneOnTime'), dataIndex: 'doneOnTime', align: 'right', render: number },
            { title: t('reviews.col.doneLate'), dataIndex: 'doneLate', align: 'right', render: number },
            { title: t('reviews.col.inProgress'), dataIndex: 'inProgress', align: 'right', render: number },
            { title: t('reviews.col.overdue'), dataIndex: 'overdue', align: 'right', render: number },
            { title: t('reviews.col.rate'), align: 'right', render: (_, r) => rate(r) },
          ]}
          summary={
            report.tasks.length > 1 ? (
              <Total
                cells={[
                  t('reviews.col.total'),
                  number(parts(total)),
                  number(total.doneOnTime),
                  number(total.doneLate),
                  number(total.inProgress),
                  number(total.overdue),
                  rate(total),
                ]}
              />
            ) : undefined
          }
        />
      );
    }
    case 'budget': {
      const total = sumBudget(report.budget);
      const money = ['estimated', 'approved', 'allocated', 'spent'] as const;
      return (
        <>
          <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'right', marginTop: 8 }}>
            {t('reviews.money')}
          </Typography.Text>
          <Figures
            testId="review-budget"
            rows={report.budget}
            rowKey={(row) => row.source}
            columns={[
              { title: t('reviews.col.source'), dataIndex: 'source' },
              ...money.map((key) => ({
                title: t(`reviews.col.${key}`),
                dataIndex: key,
                align: 'right' as const,
                render: number,
              })),
            ]}
            summary={<Total cells={[t('reviews.col.total'), ...money.map((key) => number(total[key]))]} />}
          />
        </>
      );
    }
    case 'honours':
      return (
        <Figures
          testId="review-honours"
          rows={report.honours}
          rowKey={byName}
          columns={[
            { title: t('reviews.col.honoured'), dataIndex: 'name' },
            { title: t('reviews.col.form'), dataIndex: 'form' },
            { title: t('reviews.col.decision'), dataIndex: 'decision' },
          ]}
        />
      );
  }
}
