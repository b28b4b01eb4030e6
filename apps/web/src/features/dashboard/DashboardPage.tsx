import type { TargetStanding, ValueBasis } from '@lantoa/domain/constants';
import { Alert, Card, Col, Empty, Flex, Row, Segmented, Select, Spin, Statistic, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { bodiesApi, reportsApi } from '../../api/endpoints.ts';
import type { Completeness, Indicator, RollUp, Series } from '../../api/types.ts';
import { type Translate, useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { errorText } from '../../shared/errors.ts';
import { formatDateTime, formatNumber } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { figuresBehind, formatIndicatorValue, formatTarget, formatTargetFigure } from '../reports/measure.ts';
import { PlanPeriodPicker, usePlanPeriod } from '../reports/PlanPeriodPicker.tsx';
import { TIMELINESS_HEX } from '../reports/tags.tsx';
import { EChart } from './EChart.tsx';
import { type EChartsOption, tooltipHtml } from './echarts.ts';
import { type ProvinceMap, useProvinceMap } from './map.ts';

const MET = '#389e0d';
const NOT_MET = '#cf1322';
const NO_TARGET = '#1677ff';

/** A standing's colour: at or ahead of the target (or its yearly path) green, short of it red. */
const standingColour = (standing: TargetStanding | null | undefined) =>
  standing === 'met' || standing === 'on_track'
    ? MET
    : standing === 'not_met' || standing === 'behind'
      ? NOT_MET
      : undefined;

const STANDING_LABELS = {
  met: 'dashboard.met',
  not_met: 'dashboard.notMet',
  on_track: 'dashboard.onTrack',
  behind: 'dashboard.behind',
} as const satisfies Record<TargetStanding, string>;

/**
 * A value axis in the indicator's terms: 0–100 % for a ratio; a count's axis from 0 to what was
 * counted, its ticks as plain numbers (the unit is in the title and the labels).
 */
const valueAxis = (unit: string) =>
  unit.trim() === '%'
    ? { min: 0, max: 100, axisLabel: { formatter: '{value}%' } }
    : { min: 0, name: unit, axisLabel: { formatter: (value: number) => formatNumber(value) } };
/** The class of every chart tooltip, for the browser tests that read them. */
const TOOLTIP_CLASS = 'chart-tooltip';

function Panel({
  title,
  loading,
  empty,
  emptyText,
  children,
  testId,
}: {
  title: string;
  loading: boolean;
  empty: boolean;
  emptyText: string;
  children: React.ReactNode;
  testId: string;
}) {
  return (
    <Card size="small" title={title} data-testid={testId} styles={{ body: { minHeight: 360 } }}>
      {loading ? (
        <Flex justify="center" align="center" style={{ height: 320 }}>
          <Spin />
        </Flex>
      ) : empty ? (
        <Flex justify="center" align="center" style={{ height: 320 }}>
          <Empty description={emptyText} />
        </Flex>
      ) : (
        children
      )}
    </Card>
  );
}

function seriesOption(series: Series, t: Translate): EChartsOption {
  const unit = series.indicator.unit;
  return {
    tooltip: {
      trigger: 'axis',
      className: TOOLTIP_CLASS,
      valueFormatter: (value) => (typeof value === 'number' ? formatIndicatorValue(value, unit) : '—'),
    },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: series.points.map((p) => p.period.label),
      axisLabel: { interval: 0, rotate: 35, fontSize: 11 },
    },
    yAxis: { type: 'value', ...valueAxis(unit) },
    series: [
      {
        name: t('dashboard.value'),
        type: 'line',
        data: series.points.map((p) => p.value),
        connectNulls: true,
        symbolSize: 8,
        itemStyle: { color: '#b4232a' },
        label: {
          show: true,
          formatter: (p: { value?: unknown }) =>
            typeof p.value === 'number' ? formatIndicatorValue(p.value, unit) : '',
        },
      },
      {
        name: t('dashboard.target'),
        type: 'line',
        step: 'end',
        data: series.points.map((p) => p.target?.value ?? null),
        lineStyle: { type: 'dashed', color: '#595959' },
        itemStyle: { color: '#595959' },
        symbol: 'none',
      },
    ],
  };
}

function byBodyOption(rollup: RollUp, t: Translate): EChartsOption {
  const rows = [...rollup.children].sort((a, b) => (a.value ?? -1) - (b.value ?? -1));
  const unit = rollup.indicator.unit;
  const target = rollup.target;
  return {
    tooltip: {
      trigger: 'item',
      className: TOOLTIP_CLASS,
      formatter: (p: unknown) => {
        const { dataIndex } = p as { dataIndex: number };
        const row = rows[dataIndex];
        if (!row) return tooltipHtml``;
        const state = row.standing === null ? '' : ` · ${t(STANDING_LABELS[row.standing])}`;
        const provisional = row.provisional ? ` · ${t('dashboard.provisionalShort')}` : '';
        return tooltipHtml`${row.body.name}<br/><b>${formatIndicatorValue(row.value, unit)}</b>${figuresBehind(row)}${state}${provisional}`;
      },
    },
    grid: { left: 8, right: 48, top: 28, bottom: 8, containLabel: true },
    dataZoom:
      rows.length > 15
        ? [
            { type: 'inside', yAxisIndex: 0, startValue: rows.length - 15, endValue: rows.length - 1 },
            {
              type: 'slider',
              yAxisIndex: 0,
              right: 4,
              width: 14,
              startValue: rows.length - 15,
              endValue: rows.length - 1,
            },
          ]
        : [],
    xAxis: { type: 'value', ...valueAxis(unit) },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.body.name),
      axisLabel: { width: 180, overflow: 'truncate', fontSize: 11 },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => ({
          value: r.value,
          itemStyle: { color: standingColour(r.standing) ?? NO_TARGET },
        })),
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value?: unknown }) => formatIndicatorValue(p.value as number, unit),
        },
        markLine: target
          ? {
              symbol: 'none',
              lineStyle: { type: 'dashed', color: '#595959' },
              label: {
                formatter: formatTargetFigure(target, unit),
              },
              data: [{ xAxis: target.value }],
            }
          : undefined,
      },
    ],
  };
}

function completenessOption(data: Completeness, t: Translate): EChartsOption {
  const s = data.summary;
  const slices = [
    { key: 'on_time', value: s.onTime },
    { key: 'late', value: s.late },
    { key: 'missing', value: s.missing },
    { key: 'not_due', value: s.notDue },
  ] as const;
  return {
    tooltip: { trigger: 'item', className: TOOLTIP_CLASS, valueFormatter: (v) => formatNumber(Number(v)) },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        center: ['50%', '45%'],
        label: { formatter: (p: { value?: unknown }) => formatNumber(Number(p.value)) },
        data: slices
          .filter((slice) => slice.value > 0)
          .map((slice) => ({
            name: t(`timeliness.${slice.key}`),
            value: slice.value,
            itemStyle: { color: TIMELINESS_HEX[slice.key] },
          })),
      },
    ],
  };
}

function mapOption(
  rollup: RollUp,
  { name, aspectScale, geojson: map }: ProvinceMap,
  t: Translate,
): EChartsOption {
  const unit = rollup.indicator.unit;
  const byCode = new Map(rollup.children.filter((c) => c.body.code).map((c) => [c.body.code as string, c]));
  const names = new Map(map.features.map((f) => [f.properties.name, f.properties.fullName]));
  return {
    tooltip: {
      trigger: 'item',
      className: TOOLTIP_CLASS,
      formatter: (p: unknown) => {
        const { name } = p as { name: string };
        const row = byCode.get(name);
        const label = names.get(name) ?? name;
        if (!row) return tooltipHtml`${label}<br/>${t('dashboard.noData')}`;
        return tooltipHtml`${label}<br/><b>${formatIndicatorValue(row.value, unit)}</b>${figuresBehind(row)}`;
      },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      // A share runs to 100 %; a count to the most any child counted.
      max: unit.trim() === '%' ? 100 : Math.max(1, ...rollup.children.map((c) => c.value ?? 0)),
      calculable: true,
      left: 8,
      bottom: 8,
      formatter: (value: unknown) => formatIndicatorValue(Math.round(Number(value)), unit),
      inRange: { color: ['#fff1f0', '#ffa39e', '#f5222d', '#820014'] },
    },
    series: [
      {
        type: 'map',
        map: name,
        aspectScale,
        layoutCenter: ['55%', '50%'],
        layoutSize: '98%',
        roam: true,
        itemStyle: { areaColor: '#f5f5f5', borderColor: '#bfbfbf', borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd666' } },
        selectedMode: false,
        data: [...byCode.entries()].map(([code, row]) => ({ name: code, value: row.value ?? Number.NaN })),
      },
    ],
  };
}

/** Charts of a plan's indicator: over time, by body, on the map, and who has reported. */
export default function DashboardPage() {
  const t = useT();
  const picked = usePlanPeriod();
  const { plan, period } = picked;
  const [indicators, setIndicators] = useState<Indicator[] | null>(null);
  const [indicatorId, setIndicatorId] = useState<string | undefined>();
  const [bodyId, setBodyId] = useState<string | undefined>();
  const [series, setSeries] = useState<Series | null>(null);
  const [rollup, setRollup] = useState<RollUp | null>(null);
  const [mapRollup, setMapRollup] = useState<RollUp | null>(null);
  const [completeness, setCompleteness] = useState<Completeness | null>(null);
  const [provinceCode, setProvinceCode] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(0);
  // The live view counts submitted reports too (provisional); official figures are accepted ones.
  const [basis, setBasis] = useState<ValueBasis>('submitted');

  useEffect(() => {
    if (!plan) return;
    let live = true;
    setIndicators(null);
    setBodyId(undefined);
    setProvinceCode(undefined);
    reportsApi
      .indicators(plan.id)
      .then((list) => {
        if (!live) return;
        setIndicators(list.items);
        setIndicatorId((current) => (list.items.some((i) => i.id === current) ? current : list.items[0]?.id));
      })
      .catch((caught) => live && setError(errorText(caught, t)));
    return () => {
      live = false;
    };
  }, [plan, t]);

  // The map is of the body the indicator opens at (the server's default: the plan's issuer, or the
  // person's own body when they may not read it): its communes, when it is a province.
  const mapBodyId = mapRollup?.body.id;
  const mapBodyKind = mapRollup?.body.kind;
  useEffect(() => {
    if (!mapBodyId) return;
    if (mapBodyKind !== 'province') {
      setProvinceCode(null);
      return;
    }
    let live = true;
    bodiesApi
      .get(mapBodyId)
      .then((detail) => live && setProvinceCode(detail.body.code))
      .catch(() => live && setProvinceCode(null));
    return () => {
      live = false;
    };
  }, [mapBodyId, mapBodyKind]);

  // Any province's communes, loaded on demand; 'none' (never a lasting spinner) where there is no map.
  const provinceMap = useProvinceMap(provinceCode);

  // No body picked: the server shows the one the person may read (the plan's issuer, else their own).
  useEffect(() => {
    if (!plan || !period || !indicatorId) return;
    let live = true;
    setLoading((n) => n + 1);
    setError(null);
    Promise.all([
      reportsApi.series(indicatorId, basis, bodyId),
      reportsApi.rollup(indicatorId, period.id, basis, bodyId),
      bodyId ? reportsApi.rollup(indicatorId, period.id, basis) : null,
      reportsApi.completeness(period.id).catch(() => null),
    ])
      .then(([s, r, m, c]) => {
        if (!live) return;
        setSeries(s);
        setRollup(r);
        setMapRollup(m ?? r);
        setCompleteness(c);
      })
      .catch((caught) => live && setError(errorText(caught, t)))
      .finally(() => setLoading((n) => n - 1));
    return () => {
      live = false;
    };
  }, [plan, period, indicatorId, bodyId, basis, t]);

  const options = useMemo(
    () => ({
      series: series ? seriesOption(series, t) : null,
      byBody: rollup ? byBodyOption(rollup, t) : null,
      completeness: completeness ? completenessOption(completeness, t) : null,
      map: mapRollup && provinceMap.status === 'ready' ? mapOption(mapRollup, provinceMap.map, t) : null,
    }),
    [series, rollup, completeness, mapRollup, provinceMap, t],
  );

  const busy = loading > 0 || !indicators;
  const noMap = provinceMap.status === 'none';
  const indicator = indicators?.find((i) => i.id === indicatorId);

  return (
    <>
      <PageTitle title={t('dashboard.title')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <PlanPeriodPicker value={picked} />
          <Select
            aria-label={t('dashboard.indicator')}
            placeholder={t('dashboard.indicator')}
            loading={!indicators}
            value={indicatorId}
            onChange={setIndicatorId}
            options={(indicators ?? []).map((i) => ({ value: i.id, label: i.name }))}
            style={{ width: 420, maxWidth: '100%' }}
            popupMatchSelectWidth={false}
            data-testid="indicator-select"
          />
          <BodySelect
            ariaLabel={t('dashboard.body')}
            placeholder={t('dashboard.body')}
            value={bodyId ?? mapRollup?.body.id}
            initial={mapRollup ? [mapRollup.body] : []}
            onChange={setBodyId}
            style={{ width: 300 }}
          />
          <Segmented<ValueBasis>
            aria-label={t('dashboard.basis')}
            value={basis}
            onChange={setBasis}
            options={[
              { value: 'submitted', label: t('dashboard.basisSubmitted') },
              { value: 'accepted', label: t('dashboard.basisAccepted') },
            ]}
            data-testid="value-basis"
          />
        </Flex>
      </Card>
      {(error ?? picked.error) && (
        <Alert type="error" showIcon title={error ?? picked.error} style={{ marginBottom: 16 }} />
      )}
      {rollup && indicator && (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={8}>
            <Card size="small" data-testid="headline">
              <Statistic
                title={t('dashboard.atBody', { body: rollup.body.name, value: '' }).replace(/:\s*$/, '')}
                value={formatIndicatorValue(rollup.value.value, rollup.indicator.unit)}
                styles={{ content: { color: standingColour(rollup.value.progress?.standing) } }}
              />
              <Typography.Text type="secondary" data-testid="headline-figures">
                {rollup.value.denominator === null
                  ? t('dashboard.countOf', { n: formatNumber(rollup.value.reporting ?? 0) })
                  : `${formatNumber(rollup.value.numerator)} / ${formatNumber(rollup.value.denominator)}`}
              </Typography.Text>
              {(rollup.value.provisional ?? 0) > 0 && (
                <div>
                  <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="provisional">
                    {t('dashboard.provisional', { n: formatNumber(rollup.value.provisional ?? 0) })}
                  </Typography.Text>
                </div>
              )}
              {rollup.value.asOf && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="as-of">
                    {t('indicators.asOf', { time: formatDateTime(rollup.value.asOf) })}
                  </Typography.Text>
                </div>
              )}
            </Card>
          </Col>
          <Col xs={12} md={8}>
            <Card size="small">
              <Statistic
                title={t('dashboard.target')}
                value={formatTarget(rollup.target, rollup.indicator.unit, t)}
              />
              <Typography.Text type="secondary">
                {rollup.value.progress?.standing
                  ? t(STANDING_LABELS[rollup.value.progress.standing])
                  : t('common.none')}
              </Typography.Text>
            </Card>
          </Col>
          <Col xs={12} md={8}>
            <Card size="small">
              <Statistic title={t('dashboard.withData')} value={formatNumber(rollup.children.length)} />
              <Typography.Text type="secondary">
                {completeness
                  ? t('dashboard.submitted', {
                      n: formatNumber(completeness.summary.submitted),
                      total: formatNumber(completeness.summary.expected),
                    })
                  : t('common.none')}
              </Typography.Text>
            </Card>
          </Col>
        </Row>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Panel
            title={t('dashboard.series')}
            testId="chart-series"
            loading={busy && !options.series}
            empty={!series || series.points.every((p) => p.value === null)}
            emptyText={t('dashboard.noData')}
          >
            {options.series && <EChart option={options.series} />}
          </Panel>
        </Col>
        <Col xs={24} xl={12}>
          <Panel
            title={t('dashboard.byBody')}
            testId="chart-bodies"
            loading={busy && !options.byBody}
            empty={!rollup || rollup.children.length === 0}
            emptyText={t('dashboard.noData')}
          >
            {options.byBody && <EChart option={options.byBody} />}
          </Panel>
        </Col>
        <Col xs={24} xl={12}>
          <Panel
            title={mapRollup ? `${t('dashboard.map')} · ${mapRollup.body.name}` : t('dashboard.map')}
            testId="chart-map"
            loading={!noMap && (provinceMap.status === 'loading' || (busy && !options.map))}
            empty={noMap || (!busy && !options.map)}
            emptyText={t('dashboard.noMap')}
          >
            {options.map && <EChart option={options.map} height={460} />}
          </Panel>
        </Col>
        <Col xs={24} xl={12}>
          <Panel
            title={
              completeness
                ? `${t('dashboard.completeness')} · ${completeness.period.label}`
                : t('dashboard.completeness')
            }
            testId="chart-completeness"
            loading={busy && !options.completeness}
            empty={!completeness || completeness.summary.expected === 0}
            emptyText={t('dashboard.noData')}
          >
            {options.completeness && <EChart option={options.completeness} height={460} />}
          </Panel>
        </Col>
      </Row>
    </>
  );
}
