import { BellOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Collapse, Flex, Popconfirm, Spin, Typography } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { saveFile } from '../../api/client.ts';
import { bodiesApi, plansApi } from '../../api/endpoints.ts';
import type { CascadeFilter, CascadeItem } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatNumber, formatPartialDate } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedList } from '../../shared/usePagedList.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { ReportStatusTag } from '../reports/tags.tsx';

// ECharts and the province's map come only with the map, once there is a province to draw.
const CascadeMap = lazy(() => import('./CascadeMap.tsx'));

type Status = NonNullable<CascadeFilter['status']>;
type Sort = NonNullable<CascadeFilter['sort']>;
const STATUSES: readonly Status[] = ['issued', 'not_issued', 'not_reported', 'has_overdue'];

interface Filters {
  query: string;
  status?: Status | undefined;
  sort?: Sort | undefined;
  order?: 'asc' | 'desc' | undefined;
}

/**
 * Rows the map asks for at once: a province has at most 168 communes and wards, and the API gives at
 * most 200 rows a page. More than that is a plan over several provinces, which no one map shows.
 */
const MAP_ROWS = 200;

type MapSource =
  | { kind: 'empty' }
  | { kind: 'many'; total: number }
  | {
      kind: 'rows';
      rows: CascadeItem[];
      hasPeriod: boolean;
      /** The province of the communes, null when it is not readable (or has no code). */
      province: { code: string; name: string } | null;
    };

/**
 * The whole cascade, unfiltered, and the province it lies in: that of its first commune (the cascade
 * gives no province, so its readable ancestors are asked for, then the province's code).
 */
async function mapSource(planId: string): Promise<MapSource> {
  const all = await plansApi.cascade(planId, {}, 1, MAP_ROWS);
  const first = all.items[0];
  if (!first) return { kind: 'empty' };
  if (all.total > all.items.length) return { kind: 'many', total: all.total };
  const { ancestors } = await bodiesApi.get(first.body.id);
  const above = ancestors.find((body) => body.kind === 'province');
  const province = above ? (await bodiesApi.get(above.id)).body : null;
  return {
    kind: 'rows',
    rows: all.items,
    hasPeriod: all.period !== null,
    province: province?.code ? { code: province.code, name: province.name } : null,
  };
}

/**
 * The cascade's communes on the province's map, folded away on demand; a short note instead where
 * there is no map to draw (never a spinner that stays: each step ends in the map or the note). Asked
 * for once the list's first page has come (`start`): on PGlite's one connection it would delay it.
 */
function CascadeMapPanel({
  planId,
  start,
  onPick,
}: {
  planId: string;
  start: boolean;
  onPick: (row: CascadeItem) => void;
}) {
  const t = useT();
  const fetchSource = useCallback(() => (start ? mapSource(planId) : Promise.resolve(null)), [planId, start]);
  const { data, error } = useFetched(fetchSource);
  if (data?.kind === 'empty') return null;
  const spin = (
    <Flex justify="center" align="center" style={{ height: 440 }}>
      <Spin />
    </Flex>
  );
  const note = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  const content = error ? (
    note(`${t('cascade.map.failed')}: ${error}`)
  ) : !data ? (
    spin
  ) : data.kind === 'many' ? (
    note(t('cascade.map.many', { n: formatNumber(data.total) }))
  ) : !data.province ? (
    note(t('cascade.map.none'))
  ) : (
    <Suspense fallback={spin}>
      <CascadeMap
        rows={data.rows}
        hasPeriod={data.hasPeriod}
        provinceCode={data.province.code}
        onPick={onPick}
      />
    </Suspense>
  );
  const province = data?.kind === 'rows' ? data.province : null;
  return (
    <Collapse
      size="small"
      defaultActiveKey={['map']}
      destroyOnHidden
      style={{ marginBottom: 16 }}
      data-testid="cascade-map-panel"
      items={[
        {
          key: 'map',
          label: province ? `${t('cascade.map.title')} · ${province.name}` : t('cascade.map.title'),
          children: content,
        },
      ]}
    />
  );
}

/**
 * The communes and wards below the plan's issuer, each to issue its own plan based on this one: its
 * plan (number, date, days after this one's), how it conforms, its work on both plans and its report
 * of the period in focus. Filtered, sorted and paged by the server; the whole filtered list downloads
 * as .xlsx, and a coordinator reminds those behind. Above, the same communes on the province's map:
 * clicking one finds it in the list.
 */
export default function CascadeTab({ planId }: { planId: string }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const { filters, setFilter, page, pageSize, pagination } = usePagedList<Filters>({ query: '' });
  const q = useDebounced(filters.query.trim(), 300);
  const { status, sort, order } = filters;
  const filter = useMemo<CascadeFilter>(
    () => ({ q: q || undefined, status, sort, order }),
    [q, status, sort, order],
  );
  const fetchPage = useCallback(
    () => plansApi.cascade(planId, filter, page, pageSize),
    [planId, filter, page, pageSize],
  );
  const cascade = useFetched(fetchPage);
  const { saving, error: actionError, setError, run } = useSubmit();
  const download = () =>
    run(async () => saveFile(await plansApi.cascadeWorkbook(planId, filter), 'xa-phuong.xlsx'));
  const remind = () =>
    run(async () => {
      const { bodies, notified } = await plansApi.remindCascade(planId, filter);
      void message.success(
        t('cascade.reminded', { bodies: formatNumber(bodies), n: formatNumber(notified) }),
      );
    });
  const listTop = useRef<HTMLDivElement>(null);
  // The commune picked on the map, found in the list by its name (whatever status it is in).
  const pick = useCallback(
    (row: CascadeItem) => {
      setFilter('status', undefined);
      setFilter('query', row.body.name);
      listTop.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
    [setFilter],
  );
  const sortOrder = (key: Sort): 'ascend' | 'descend' | null =>
    sort === key ? (order === 'desc' ? 'descend' : 'ascend') : null;

  return (
    <>
      <ErrorAlert error={actionError} onClose={() => setError(null)} testId="cascade-error" />
      <CascadeMapPanel
        planId={planId}
        start={cascade.data !== null || cascade.error !== null}
        onPick={pick}
      />
      <div ref={listTop} />
      <FilterBar>
        <SearchFilter
          label={t('cascade.search')}
          value={filters.query}
          onChange={(value) => setFilter('query', value)}
          width={260}
        />
        <SelectFilter<Status>
          label={t('cascade.filterStatus')}
          value={filters.status}
          onChange={(value) => setFilter('status', value)}
          width={240}
          options={STATUSES.map((s) => ({ value: s, label: t(`cascade.status.${s}`) }))}
        />
        <Flex gap={8} wrap style={{ marginInlineStart: 'auto' }}>
          <Button
            icon={<FileExcelOutlined />}
            loading={saving}
            disabled={cascade.data?.total === 0}
            onClick={() => void download()}
            data-testid="cascade-download"
          >
            {t('cascade.download')}
          </Button>
          {me.abilities.managePlans && (
            <Popconfirm title={t('cascade.remindConfirm')} onConfirm={() => void remind()}>
              <Button
                icon={<BellOutlined />}
                disabled={cascade.data?.total === 0}
                data-testid="cascade-remind"
              >
                {t('cascade.remind')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </FilterBar>
      {cascade.data && (
        <Typography.Paragraph type="secondary">
          {t('common.total', { count: formatNumber(cascade.data.total) })}
          {cascade.data.period ? ` · ${t('cascade.report')}: ${cascade.data.period.label}` : ''}
        </Typography.Paragraph>
      )}
      <ListTable<CascadeItem>
        testId="cascade-table"
        rowKey={(row) => row.body.id}
        list={cascade}
        empty={t('cascade.empty')}
        pagination={pagination(cascade.data?.total)}
        onChange={(_pagination, _filters, sorter, extra) => {
          if (extra.action !== 'sort' || Array.isArray(sorter)) return;
          const key = sorter.order ? (sorter.columnKey as Sort) : undefined;
          setFilter('sort', key);
          setFilter('order', sorter.order === 'descend' ? 'desc' : key ? 'asc' : undefined);
        }}
        columns={[
          {
            title: t('cascade.body'),
            key: 'name',
            sorter: true,
            sortOrder: sortOrder('name'),
            width: 220,
            render: (_v, row) => row.body.name,
          },
          {
            title: t('cascade.plan'),
            key: 'issuedOn',
            sorter: true,
            sortOrder: sortOrder('issuedOn'),
            width: 230,
            render: (_v, row) =>
              row.plan ? (
                <>
                  <Link to={`/plans/${row.plan.id}`}>{row.plan.number || t('cascade.noNumber')}</Link>
                  {row.plan.issuedOn && ` · ${formatPartialDate(row.plan.issuedOn)}`}
                  {row.plan.daysAfterParent !== null && (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('cascade.daysAfter', { days: formatNumber(row.plan.daysAfterParent) })}
                      </Typography.Text>
                    </div>
                  )}
                </>
              ) : (
                <Typography.Text type="danger">{t('cascade.notIssued')}</Typography.Text>
              ),
          },
          {
            title: t('cascade.conformance'),
            key: 'conformance',
            width: 240,
            render: (_v, row) =>
              row.conformance && (
                <>
                  <div>
                    {t('cascade.targetsMissing', { n: formatNumber(row.conformance.targetsMissingOrLower) })}
                  </div>
                  <div>
                    {t('cascade.tasksMissing', { n: formatNumber(row.conformance.tasksWithoutCounterpart) })}
                  </div>
                </>
              ),
          },
          {
            title: t('cascade.onTime'),
            key: 'onTime',
            sorter: true,
            sortOrder: sortOrder('onTime'),
            align: 'right',
            width: 110,
            render: (_v, row) => formatNumber(row.work.onTime),
          },
          {
            title: t('cascade.overdue'),
            key: 'overdue',
            sorter: true,
            sortOrder: sortOrder('overdue'),
            align: 'right',
            width: 110,
            render: (_v, row) => (
              <Typography.Text type={row.work.overdue > 0 ? 'danger' : undefined}>
                {formatNumber(row.work.overdue)}
              </Typography.Text>
            ),
          },
          {
            title: t('cascade.report'),
            key: 'report',
            sorter: true,
            sortOrder: sortOrder('report'),
            width: 160,
            render: (_v, row) =>
              row.report.expected ? (
                <ReportStatusTag status={row.report.status} />
              ) : (
                <Typography.Text type="secondary">{t('cascade.notExpected')}</Typography.Text>
              ),
          },
        ]}
      />
    </>
  );
}
