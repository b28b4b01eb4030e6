import { Flex, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import type { CascadeItem } from '../../api/types.ts';
import { type Translate, useT } from '../../i18n/i18n.tsx';
import { formatNumber, formatPartialDate } from '../../shared/format.ts';
import { EChart } from '../dashboard/EChart.tsx';
import { type EChartsOption, tooltipHtml } from '../dashboard/echarts.ts';
import { type ProvinceMap, useProvinceMap } from '../dashboard/map.ts';
import {
  CASCADE_MAP_CATEGORIES,
  CASCADE_MAP_COLORS,
  type CascadeMapData,
  type CascadeMapEntry,
  cascadeMapData,
} from './cascade-map.ts';

const HEIGHT = 440;
/** The class of the map's tooltip, as the dashboard's charts name theirs for the browser tests. */
const TOOLTIP_CLASS = 'chart-tooltip';

/** What a commune's tooltip says: its name, its colour's meaning, its plan, work and report. */
function tooltipOf({ row, category }: CascadeMapEntry, hasPeriod: boolean, t: Translate) {
  const plan = row.plan
    ? [row.plan.number || t('cascade.noNumber'), row.plan.issuedOn && formatPartialDate(row.plan.issuedOn)]
        .filter(Boolean)
        .join(' · ')
    : t('cascade.notIssued');
  const work = t('cascade.map.work', {
    onTime: formatNumber(row.work.onTime),
    overdue: formatNumber(row.work.overdue),
  });
  const report = row.report.expected
    ? t(`report.status.${row.report.status ?? 'none'}`)
    : t('cascade.notExpected');
  const status = t(`cascade.map.category.${category}`);
  const hint = t('cascade.map.clickHint');
  return hasPeriod
    ? tooltipHtml`<b>${row.body.name}</b><br/>${status}<br/>${t('cascade.map.plan')}: ${plan}<br/>${work}<br/>${t('cascade.report')}: ${report}<br/><i>${hint}</i>`
    : tooltipHtml`<b>${row.body.name}</b><br/>${status}<br/>${t('cascade.map.plan')}: ${plan}<br/>${work}<br/><i>${hint}</i>`;
}

function mapOption(
  { name, aspectScale, geojson }: ProvinceMap,
  data: CascadeMapData,
  hasPeriod: boolean,
  t: Translate,
): EChartsOption {
  const names = new Map(geojson.features.map((f) => [f.properties.name, f.properties.fullName]));
  return {
    tooltip: {
      trigger: 'item',
      className: TOOLTIP_CLASS,
      formatter: (p: unknown) => {
        const { name: code } = p as { name: string };
        const entry = data.entries.get(code);
        if (entry) return tooltipOf(entry, hasPeriod, t);
        return tooltipHtml`<b>${names.get(code) ?? code}</b><br/>${t('cascade.map.outside')}`;
      },
    },
    series: [
      {
        type: 'map',
        map: name,
        aspectScale,
        layoutCenter: ['50%', '50%'],
        layoutSize: '98%',
        roam: true,
        itemStyle: { areaColor: CASCADE_MAP_COLORS.outside, borderColor: '#8c8c8c', borderWidth: 0.5 },
        // A commune under the pointer keeps its colour (it is the information) and gains a dark outline.
        emphasis: {
          label: { show: false },
          itemStyle: { areaColor: CASCADE_MAP_COLORS.outside, borderColor: '#141414', borderWidth: 1.5 },
        },
        selectedMode: false,
        data: [...data.entries.values()].map((entry) => {
          const color = CASCADE_MAP_COLORS[entry.category];
          return {
            name: entry.code,
            value: CASCADE_MAP_CATEGORIES.indexOf(entry.category),
            itemStyle: { areaColor: color },
            emphasis: { itemStyle: { areaColor: color } },
          };
        }),
      },
    ],
  };
}

function Swatch({ color }: { color: string }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        flex: '0 0 auto',
        width: 14,
        height: 14,
        borderRadius: 3,
        background: color,
        border: '1px solid rgba(0, 0, 0, 0.2)',
      }}
    />
  );
}

/**
 * The cascade's communes on their province's map, each coloured by where it stands (cascade-map.ts),
 * with a legend counting each colour; clicking a commune hands its row to `onPick`. Loaded as its own
 * chunk (with ECharts and the province's map), only once there is a province to draw.
 */
export default function CascadeMap({
  rows,
  hasPeriod,
  provinceCode,
  onPick,
}: {
  /** Every row of the cascade, unfiltered. */
  rows: readonly CascadeItem[];
  /** Whether the rows carry a period's reports (else no commune is "not reported"). */
  hasPeriod: boolean;
  /** The province's 2-digit code. */
  provinceCode: string;
  onPick: (row: CascadeItem) => void;
}) {
  const t = useT();
  const province = useProvinceMap(provinceCode);
  const map = province.status === 'ready' ? province.map : null;
  const data = useMemo(
    () => map && cascadeMapData(rows, new Set(map.geojson.features.map((f) => f.properties.name)), hasPeriod),
    [map, rows, hasPeriod],
  );
  const option = useMemo(() => map && data && mapOption(map, data, hasPeriod, t), [map, data, hasPeriod, t]);

  if (province.status === 'loading') {
    return (
      <Flex justify="center" align="center" style={{ height: HEIGHT }}>
        <Spin />
      </Flex>
    );
  }
  if (!map || !data || !option) {
    return <Typography.Text type="secondary">{t('cascade.map.none')}</Typography.Text>;
  }
  const outside = map.geojson.features.length - data.entries.size;
  return (
    <Flex gap={16} wrap data-testid="cascade-map">
      <div style={{ flex: '1 1 420px', minWidth: 0 }}>
        <EChart
          height={HEIGHT}
          testId="cascade-map-chart"
          option={option}
          onClick={(code) => {
            const entry = data.entries.get(code);
            if (entry) onPick(entry.row);
          }}
        />
      </div>
      <Flex vertical gap={8} style={{ flex: '0 1 280px' }} data-testid="cascade-map-legend">
        {[...CASCADE_MAP_CATEGORIES].reverse().map((category) => (
          <Flex key={category} gap={8} align="center" data-category={category}>
            <Swatch color={CASCADE_MAP_COLORS[category]} />
            <span style={{ flex: 1 }}>{t(`cascade.map.category.${category}`)}</span>
            <Typography.Text strong>{formatNumber(data.counts[category])}</Typography.Text>
          </Flex>
        ))}
        {outside > 0 && (
          <Flex gap={8} align="center" data-category="outside">
            <Swatch color={CASCADE_MAP_COLORS.outside} />
            <span style={{ flex: 1 }}>{t('cascade.map.outside')}</span>
            <Typography.Text strong>{formatNumber(outside)}</Typography.Text>
          </Flex>
        )}
        {data.offMap > 0 && (
          <Typography.Text type="secondary">
            {t('cascade.map.offMap', { n: formatNumber(data.offMap) })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">{t('cascade.map.hint')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
