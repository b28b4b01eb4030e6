// Only the parts of ECharts the dashboard uses, so its chunk stays small (and other pages carry none).
import {
  BarChart,
  type BarSeriesOption,
  LineChart,
  type LineSeriesOption,
  MapChart,
  type MapSeriesOption,
  PieChart,
  type PieSeriesOption,
} from 'echarts/charts';
import {
  DataZoomComponent,
  type DataZoomComponentOption,
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
  type VisualMapComponentOption,
  VisualMapContinuousComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  BarChart,
  PieChart,
  MapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  DataZoomComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

export { echarts };

declare const escaped: unique symbol;
/** Markup whose every interpolated value was escaped by `tooltipHtml`. */
export type TooltipHtml = string & { readonly [escaped]: true };

/**
 * Markup for a tooltip: ECharts puts what a tooltip formatter returns into the page as HTML, so
 * every value interpolated here (body names, labels, numbers) goes through ECharts' own HTML
 * encoder and only the literal markup of the template (`<br/>`, `<b>`) stays markup.
 */
export function tooltipHtml(markup: TemplateStringsArray, ...values: unknown[]): TooltipHtml {
  return markup.reduce(
    (html, literal, i) =>
      html + literal + (i < values.length ? echarts.format.encodeHTML(String(values[i])) : ''),
    '',
  ) as TooltipHtml;
}

type ChartOption = echarts.ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | PieSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | DataZoomComponentOption
  | VisualMapComponentOption
>;

/**
 * The dashboard's chart options. A tooltip formatter must return `tooltipHtml`, so data can never
 * reach the page as unescaped markup; ECharts' own tooltips and `valueFormatter` escape already,
 * and labels, axes and legends are drawn on the canvas as text.
 */
export type EChartsOption = Omit<ChartOption, 'tooltip'> & {
  tooltip?: Omit<TooltipComponentOption, 'formatter'> & { formatter?: (params: unknown) => TooltipHtml };
};
