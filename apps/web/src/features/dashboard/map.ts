/// <reference types="vite/client" />
import { useEffect, useState } from 'react';
import provinces from '../../../../../packages/maps/data/communes.json' with { type: 'json' };
import { echarts } from './echarts.ts';

export interface CommuneMap {
  type: 'FeatureCollection';
  features: { properties: { name: string; code: string; fullName: string } }[];
}

/** A province's commune map, registered with ECharts under `name`. */
export interface ProvinceMap {
  /** The name a map series gives (`series: [{ type: 'map', map: name }]`). */
  name: string;
  /** cos(latitude) at the map's centre, for the series' `aspectScale` (ECharts' plain lon/lat projection). */
  aspectScale: number;
  geojson: CommuneMap;
}

// One chunk per province (simplified GeoJSON from @lantoa/maps, built by scripts/build-maps.ts), fetched
// only when a plan of that province is shown. Keyed here by file name.
const files = import.meta.glob<CommuneMap>('../../../../../packages/maps/data/*-communes.geo.json', {
  import: 'default',
});
const fileByName = new Map(Object.entries(files).map(([path, load]) => [path.split('/').at(-1), load]));
const entries = new Map(provinces.map((p) => [p.code, p]));
const loading = new Map<string, Promise<ProvinceMap>>();

/** Whether the province (2-digit code) has a commune map. */
export function hasCommuneMap(provinceCode: string): boolean {
  const entry = entries.get(provinceCode);
  return entry !== undefined && fileByName.has(entry.file);
}

/**
 * The communes of a province (by its 2-digit code), loaded on first use and registered with ECharts
 * once; null when the province has no map. Features are keyed by the 5-digit commune code.
 */
export function loadProvinceMap(provinceCode: string): Promise<ProvinceMap | null> {
  const entry = entries.get(provinceCode);
  const load = entry && fileByName.get(entry.file);
  if (!entry || !load) return Promise.resolve(null);
  let loaded = loading.get(provinceCode);
  if (!loaded) {
    const name = `communes-${provinceCode}`;
    loaded = load().then((geojson) => {
      echarts.registerMap(name, geojson as unknown as Parameters<typeof echarts.registerMap>[1]);
      return { name, aspectScale: entry.aspectScale, geojson };
    });
    // A failed download is tried again next time.
    loaded.catch(() => loading.delete(provinceCode));
    loading.set(provinceCode, loaded);
  }
  return loaded;
}

/**
 * The commune map of a plan's province: 'loading' while the province is not known yet (undefined) or
 * its map is on its way, 'none' when there is no province (null) or no map for it (or it failed to
 * load), never a spinner that stays.
 */
export function useProvinceMap(
  provinceCode: string | null | undefined,
): { status: 'loading' } | { status: 'none' } | { status: 'ready'; map: ProvinceMap } {
  const [state, setState] = useState<{ code: string; map: ProvinceMap | null } | null>(null);
  useEffect(() => {
    if (!provinceCode) return;
    let live = true;
    loadProvinceMap(provinceCode)
      .then((map) => live && setState({ code: provinceCode, map }))
      .catch(() => live && setState({ code: provinceCode, map: null }));
    return () => {
      live = false;
    };
  }, [provinceCode]);
  if (provinceCode === null) return { status: 'none' };
  if (provinceCode === undefined) return { status: 'loading' };
  if (!hasCommuneMap(provinceCode)) return { status: 'none' };
  if (state?.code !== provinceCode) return { status: 'loading' };
  return state.map ? { status: 'ready', map: state.map } : { status: 'none' };
}
