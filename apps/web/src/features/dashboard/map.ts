import { echarts } from './echarts.ts';

export const MAP_NAME = 'tuyen-quang';

export interface CommuneMap {
  type: 'FeatureCollection';
  features: { properties: { name: string; code: string; fullName: string } }[];
}

let loading: Promise<CommuneMap> | null = null;

/**
 * Tuyên Quang's communes (simplified GeoJSON from @lantoa/maps), loaded on first use as its own
 * chunk and registered with ECharts once. Features are keyed by the 5-digit commune code.
 */
export function loadCommuneMap(): Promise<CommuneMap> {
  loading ??= import('@lantoa/maps/tuyen-quang-communes.geo.json', { with: { type: 'json' } }).then(
    (module) => {
      const geojson = module.default as unknown as CommuneMap;
      echarts.registerMap(MAP_NAME, geojson as unknown as Parameters<typeof echarts.registerMap>[1]);
      return geojson;
    },
  );
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
