// Simplified boundary maps (GeoJSON) for ECharts `registerMap`, built by `scripts/build-maps.ts`
// from the detailed boundaries of the shared data (see data/README.md; MIT, data/LICENSE).
import { readFile } from 'node:fs/promises';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Provinces that have a commune map. */
export type MapProvinceCode = '08';

export interface CommuneProperties {
  /**
   * The 5-digit commune code ("02353"). ECharts matches series data on `properties.name`, so series
   * data are keyed by code (`{ name: '02353', value: 42 }`), never by a spelling of the name.
   */
  name: string;
  /** The same 5-digit code. */
  code: string;
  /** Name with the unit type, NFC, 2017 tone placement ("Xã Hòa An"): for tooltips and labels. */
  fullName: string;
  /** Name alone, NFC, 2017 tone placement ("Hòa An"). */
  shortName: string;
}

export type CommuneMap = FeatureCollection<Polygon | MultiPolygon, CommuneProperties>;

const files: Record<MapProvinceCode, { communes: string; province: string }> = {
  '08': { communes: 'tuyen-quang-communes.geo.json', province: 'tuyen-quang-province.geo.json' },
};

/**
 * ECharts `aspectScale` for a province's map: cos(latitude) at its centre, so that the plain lon/lat
 * projection ECharts uses keeps shapes true (ECharts' default 0.75 suits 41° N).
 */
export const MAP_ASPECT_SCALE: Record<MapProvinceCode, number> = {
  '08': Math.cos((22.45 * Math.PI) / 180),
};

const cache = new Map<string, Promise<FeatureCollection>>();

function load(file: string): Promise<FeatureCollection> {
  let loaded = cache.get(file);
  if (!loaded) {
    loaded = readFile(new URL(`../data/${file}`, import.meta.url), 'utf8').then(
      (text) => JSON.parse(text) as FeatureCollection,
    );
    loaded.catch(() => cache.delete(file));
    cache.set(file, loaded);
  }
  return loaded;
}

/** The communes of a province, one feature per commune (read once from disk, then shared: do not modify). */
export function loadCommuneMap(provinceCode: MapProvinceCode): Promise<CommuneMap> {
  return load(files[provinceCode].communes) as Promise<CommuneMap>;
}

/** The province's outline: one feature, the union of its simplified communes. */
export function loadProvinceOutline(provinceCode: MapProvinceCode): Promise<CommuneMap> {
  return load(files[provinceCode].province) as Promise<CommuneMap>;
}
