// Server-side rendering of a commune map with ECharts (SVG), to look at the map and test that ECharts
// accepts the GeoJSON as it is.
import * as echarts from 'echarts';
import type { CommuneMap } from '../src/index.ts';

export function renderCommuneMapSvg(
  map: CommuneMap,
  options: { width?: number; height?: number; aspectScale?: number } = {},
): string {
  const { width = 600, height = 700, aspectScale = 1 } = options;
  echarts.registerMap('communes', map as never);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  // A made-up indicator: the position of the code among the province's communes.
  const data = map.features.map((f, i) => ({ name: f.properties.name, value: i }));
  chart.setOption({
    animation: false,
    visualMap: { min: 0, max: data.length - 1, left: 10, bottom: 10, calculable: false },
    series: [
      {
        type: 'map',
        map: 'communes',
        aspectScale,
        data,
        itemStyle: { borderColor: '#fff', borderWidth: 0.5 },
        label: { show: false },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
