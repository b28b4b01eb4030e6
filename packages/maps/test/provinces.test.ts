// The commune maps of every province (scripts/build-maps.ts): one file per province, listed in
// communes.json, holding exactly the province's communes, small enough for a commune's network.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CommuneMap } from '../src/index.ts';

const unitsFile = resolve(import.meta.dirname, '../../db/data/vn-admin-units/units-2026-07-25.json');
const dataDir = resolve(import.meta.dirname, '../data');
const provinces = JSON.parse(readFileSync(unitsFile, 'utf8')) as {
  Code: string;
  Name: string;
  Wards: { Code: string }[];
}[];
const entries = JSON.parse(readFileSync(join(dataDir, 'communes.json'), 'utf8')) as {
  code: string;
  name: string;
  file: string;
  communes: number;
  aspectScale: number;
  bytes: number;
}[];

const polygonsOf = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

describe('the commune maps of every province', () => {
  it('lists one map for each of the 34 provinces', () => {
    expect(provinces).toHaveLength(34);
    expect(entries.map((e) => e.code)).toEqual(provinces.map((p) => p.Code));
  });

  const sizes: string[] = [];
  for (const province of provinces) {
    it(`${province.Code} ${province.Name}: every commune once, keyed by its code, in a small file`, () => {
      const entry = entries.find((e) => e.code === province.Code);
      if (!entry) throw new Error(`no map for ${province.Code}`);
      const bytes = readFileSync(join(dataDir, entry.file));
      const map = JSON.parse(bytes.toString('utf8')) as CommuneMap;
      const codes = map.features.map((f) => f.properties.code);
      expect(codes).toEqual(province.Wards.map((w) => w.Code).sort());
      expect(entry.communes).toBe(codes.length);
      expect(entry.bytes).toBe(bytes.length);
      for (const f of map.features) {
        expect(f.properties.name).toBe(f.properties.code);
        expect(polygonsOf(f.geometry).length, f.properties.code).toBeGreaterThan(0);
        for (const polygon of polygonsOf(f.geometry)) {
          for (const ring of polygon) {
            expect(ring.length).toBeGreaterThanOrEqual(4);
            expect(ring[0]?.join()).toBe(ring.at(-1)?.join());
          }
        }
      }
      expect(entry.aspectScale).toBeGreaterThan(0.9);
      expect(entry.aspectScale).toBeLessThan(1);
      const gzipped = gzipSync(bytes).length;
      expect(bytes.length).toBeLessThan(400 * 1024);
      expect(gzipped).toBeLessThan(150 * 1024);
      sizes.push(
        `${province.Code} ${entry.file}: ${codes.length} communes, ${(bytes.length / 1024).toFixed(0)} KB, ${(gzipped / 1024).toFixed(0)} KB gzipped`,
      );
    });
  }

  it('prints the sizes', () => {
    console.log(sizes.join('\n'));
    expect(sizes).toHaveLength(34);
  });
});
