import { FileExcelOutlined } from '@ant-design/icons';
import { formatDong } from '@lantoa/domain/constants';
import { App, Button, Card, Select, Table, Tabs, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { saveFile } from '../../api/client.ts';
import { plansApi } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { errorText, isStatus } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/filters.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { type BudgetTableRow, type BudgetTables, budgetApi } from './api.ts';

/** One of the three tables, with its totals row under it. */
function SumsTable({
  rows,
  total,
  nameHeader,
  testId,
}: {
  rows: BudgetTableRow[];
  total: BudgetTables['total'];
  nameHeader: string;
  testId: string;
}) {
  const t = useT();
  const sums = ['estimated', 'approved', 'allocated', 'spent', 'remaining'] as const;
  return (
    <Table<BudgetTableRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 960 }}
      data-testid={testId}
      columns={[
        { title: 'STT', key: 'n', width: 56, align: 'center', render: (_v, _row, i) => i + 1 },
        { title: nameHeader, key: 'name', render: (_v, row) => row.name },
        ...sums.map((sum) => ({
          title: t(`budget.sum.${sum}`),
          key: sum,
          width: 150,
          align: 'right' as const,
          render: (_v: unknown, row: BudgetTableRow) => formatDong(row[sum]),
        })),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <Typography.Text strong>{t('budget.sum.total')}</Typography.Text>
          </Table.Summary.Cell>
          {sums.map((sum, k) => (
            <Table.Summary.Cell key={sum} index={k + 2} align="right">
              <Typography.Text strong>{formatDong(total[sum])}</Typography.Text>
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}

/**
 * The consolidated tables of a plan's year, as the consolidating department and the finance
 * department read them: by funding source, by body, by task, with the totals; downloaded as the
 * .xlsx the finance department works with. Drafts are not counted.
 */
export default function BudgetTablesPage() {
  const t = useT();
  const { message } = App.useApp();
  const plans = useFetched(plansApi.list);
  const [planId, setPlanId] = useState<string | undefined>();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [downloading, setDownloading] = useState(false);
  const plan = plans.data?.items.find((p) => p.id === planId);
  // A plan the reader may not total (not its issuer's side, nor finance) answers 404: said as such.
  const fetchTables = useCallback(async () => {
    if (!planId) return null;
    try {
      return await budgetApi.tables(planId, year);
    } catch (caught) {
      if (isStatus(caught, 404)) return 'forbidden' as const;
      throw caught;
    }
  }, [planId, year]);
  const tables = useFetched(fetchTables);
  const years: number[] = [];
  const [from, to] = [plan?.startYear ?? null, plan?.endYear ?? null];
  if (from !== null && to !== null) for (let y = from; y <= to; y++) years.push(y);

  const download = async () => {
    if (!planId) return;
    setDownloading(true);
    try {
      saveFile(await budgetApi.tablesWorkbook(planId, year), `kinh-phi-${year}.xlsx`);
    } catch (caught) {
      void message.error(errorText(caught, t));
    } finally {
      setDownloading(false);
    }
  };

  const forbidden = tables.data === 'forbidden';
  const data = tables.data === 'forbidden' ? null : tables.data;
  return (
    <>
      <PageTitle
        title={t('budget.tables.title')}
        subtitle={t('budget.tables.subtitle')}
        extra={
          <Button
            icon={<FileExcelOutlined />}
            disabled={!data}
            loading={downloading}
            onClick={() => void download()}
            data-testid="budget-tables-download"
          >
            {t('budget.tables.download')}
          </Button>
        }
      />
      <Card>
        <FilterBar>
          <Select
            aria-label={t('budget.tables.plan')}
            placeholder={t('budget.tables.plan')}
            value={planId}
            loading={plans.loading}
            onChange={(next: string) => {
              setPlanId(next);
              const picked = plans.data?.items.find((p) => p.id === next);
              const [first, last] = [picked?.startYear ?? null, picked?.endYear ?? null];
              if (first !== null && last !== null && (year < first || year > last)) setYear(first);
            }}
            options={(plans.data?.items ?? []).map((p) => ({
              value: p.id,
              label: [p.number, p.title].filter(Boolean).join(' – '),
            }))}
            style={{ width: 520, maxWidth: '100%' }}
            data-testid="budget-tables-plan"
          />
          <Select
            aria-label={t('budget.tables.year')}
            value={year}
            onChange={setYear}
            options={(years.length ? years : [year]).map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
            data-testid="budget-tables-year"
          />
        </FilterBar>
        {!planId && <Typography.Text type="secondary">{t('budget.tables.pick')}</Typography.Text>}
        {planId && tables.error && <Notice type="warning" title={tables.error} />}
        {planId && forbidden && <Notice type="info" title={t('budget.tables.forbidden')} />}
        {planId && !tables.error && data && (
          <>
            <Typography.Paragraph type="secondary" data-testid="budget-tables-count">
              {t('budget.tables.estimates', { count: data.estimates })}
            </Typography.Paragraph>
            <Tabs
              items={[
                {
                  key: 'source',
                  label: t('budget.tables.bySource'),
                  children: (
                    <SumsTable
                      rows={data.bySource}
                      total={data.total}
                      nameHeader={t('budget.line.source')}
                      testId="budget-by-source"
                    />
                  ),
                },
                {
                  key: 'body',
                  label: t('budget.tables.byBody'),
                  children: (
                    <SumsTable
                      rows={data.byBody}
                      total={data.total}
                      nameHeader={t('budget.column.body')}
                      testId="budget-by-body"
                    />
                  ),
                },
                {
                  key: 'task',
                  label: t('budget.tables.byTask'),
                  children: (
                    <SumsTable
                      rows={data.byTask}
                      total={data.total}
                      nameHeader={t('budget.line.task')}
                      testId="budget-by-task"
                    />
                  ),
                },
              ]}
            />
          </>
        )}
      </Card>
    </>
  );
}
