import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { normalizeTonePlacement } from '@lantoa/domain';
import { area } from '@turf/area';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadCommuneMap, loadProvinceOutline, MAP_ASPECT_SCALE } from '../src/index.ts';
import { renderCommuneMapSvg } from './render-svg.ts';

// The units list shipped with the database package, and what scripts/build-maps.ts measured on the
// detailed originals (32 MB, outside the repository): their bounding box and areas.
const unitsFile = resolve(import.meta.dirname, '../../db/data/vn-admin-units/units-2026-07-25.json');
const dataDir = resolve(import.meta.dirname, '../data');
const source = JSON.parse(readFileSync(join(import.meta.dirname, 'source-measures.json'), 'utf8')) as {
  bbox: [number, number, number, number];
  provinceArea: number;
  communeAreas: Record<string, number>;
};

type Area = Polygon | MultiPolygon;
interface Unit {
  Code: string;
  Name: string;
  FullName: string;
}
const provinces = JSON.parse(readFileSync(unitsFile, 'utf8')) as (Unit & {
  Wards: Unit[];
})[];
const units = provinces.find((p) => p.Code === '08')?.Wards ?? [];

const map = await loadCommuneMap('08');
const outline = await loadProvinceOutline('08');

const polygonsOf = (g: Area): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the commune map of Tuyên Quang', () => {
  it('has one feature for each of the 124 communes of the province, keyed by its code', () => {
    expect(units).toHaveLength(124);
    expect(map.features).toHaveLength(124);
    const codes = map.features.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(124);
    expect([...codes].sort()).toEqual(units.map((u) => u.Code).sort());
    for (const f of map.features) {
      expect(f.properties.name).toBe(f.properties.code);
      expect(f.properties.code).toMatch(/^\d{5}$/);
    }
  });

  it('keeps only the code and the official names, in NFC with the 2017 tone placement', () => {
    const byCode = new Map(units.map((u) => [u.Code, u]));
    for (const { properties } of map.features) {
      expect(Object.keys(properties).sort()).toEqual(['code', 'fullName', 'name', 'shortName']);
      const unit = byCode.get(properties.code);
      expect(properties.fullName).toBe(normalizeTonePlacement(unit?.FullName ?? ''));
      expect(properties.shortName).toBe(normalizeTonePlacement(unit?.Name ?? ''));
      expect(properties.fullName.normalize('NFC')).toBe(properties.fullName);
      expect(properties.shortName.normalize('NFC')).toBe(properties.shortName);
    }
    expect(map.features.find((f) => f.properties.code === '02353')?.properties).toMatchObject({
      fullName: 'Xã Hòa An',
      shortName: 'Hòa An',
    });
  });

  it('has only valid Polygons and MultiPolygons with closed rings of at least four rounded positions', () => {
    // Every position lies within the originals' bounding box and has at most 5 decimals.
    const bounds = source.bbox;
    // Rounding may move a position by half of 1e-5.
    const [minX = 0, minY = 0, maxX = 0, maxY = 0] = bounds.map((b, i) => b + (i < 2 ? -1e-5 : 1e-5));
    const bad: string[] = [];
    for (const f of [...map.features, ...outline.features]) {
      const where = f.properties.code;
      if (f.type !== 'Feature') bad.push(`${where}: not a Feature`);
      const { type } = f.geometry as { type: string };
      if (type !== 'Polygon' && type !== 'MultiPolygon') bad.push(`${where}: ${type}`);
      for (const polygon of polygonsOf(f.geometry)) {
        if (polygon.length === 0) bad.push(`${where}: empty polygon`);
        for (const ring of polygon) {
          if (ring.length < 4) bad.push(`${where}: ring of ${ring.length}`);
          if (ring[0]?.join() !== ring.at(-1)?.join()) bad.push(`${where}: open ring`);
          for (const position of ring) {
            const [x = Number.NaN, y = Number.NaN] = position;
            const rounded =
              Math.abs(x * 1e5 - Math.round(x * 1e5)) < 1e-6 &&
              Math.abs(y * 1e5 - Math.round(y * 1e5)) < 1e-6;
            if (position.length !== 2 || !(x >= minX && x <= maxX && y >= minY && y <= maxY) || !rounded) {
              bad.push(`${where}: position ${position.join()}`);
            }
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('is small enough for a browser: under 400 KB, and under 150 KB gzipped', () => {
    const file = join(dataDir, 'tuyen-quang-communes.geo.json');
    expect(statSync(file).size).toBeLessThan(400 * 1024);
    expect(gzipSync(readFileSync(file)).length).toBeLessThan(150 * 1024);
    expect(statSync(join(dataDir, 'tuyen-quang-province.geo.json')).size).toBeLessThan(60 * 1024);
  });

  it("keeps each commune's area within 2 % of the original boundary's", () => {
    for (const f of map.features) {
      const original = source.communeAreas[f.properties.code];
      expect(original, f.properties.code).toBeDefined();
      const ratio = area(f) / (original as number);
      expect(Math.abs(ratio - 1), `${f.properties.code} ${f.properties.fullName}`).toBeLessThan(0.02);
    }
  });

  it("tiles the province without gaps or overlaps: the communes add up to the outline and to the province's area", () => {
    const communes = sum(map.features.map((f) => area(f)));
    const merged = area(outline);
    expect(outline.features).toHaveLength(1);
    expect(outline.features[0]?.properties).toMatchObject({ code: '08', fullName: 'Tỉnh Tuyên Quang' });
    // The outline is the union of the communes: any overlap would make the sum larger, any hole smaller.
    expect(Math.abs(communes / merged - 1)).toBeLessThan(0.0005);
    expect(Math.abs(communes / source.provinceArea - 1)).toBeLessThan(0.01);
    expect(polygonsOf(outline.features[0]?.geometry as Area)).toHaveLength(1);
  });

  it('is accepted by ECharts: a server-side rendering draws every commune', () => {
    const svg = renderCommuneMapSvg(map, { aspectScale: MAP_ASPECT_SCALE['08'] });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<path /g)?.length).toBeGreaterThanOrEqual(124);
  });
});
