// `node scripts/build-maps.ts [communes-dir]`: builds the browser maps of packages/maps/data from the
// detailed commune boundaries of Tuyên Quang (default `../shared/data/vn-admin-units/communes-08-tuyen-quang`,
// relative to the repository root; the units JSON and LICENSE are read from that folder's parent).
//
// The communes are turned into one TopoJSON topology, so a border between two communes is a single arc;
// the arcs are simplified (Visvalingam, topojson-simplify) and turned back into GeoJSON, so neighbours
// keep sharing exactly the same simplified border: no gaps, no overlaps. The province outline is the
// merge of the simplified communes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { normalizeTonePlacement } from '@lantoa/domain';
import type { CommuneProperties } from '@lantoa/maps';
import { area } from '@turf/area';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  Topology,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from 'topojson-specification';

const PROVINCE_CODE = '08';
// Visvalingam weight (planar triangle area, in square degrees) below which a vertex is dropped, and
// the smallest ring kept. 2e-6 deg² ≈ 0.023 km², e.g. a bend 45 m deep over 1 km: a 600-px-wide map of
// the province has ~230 m per pixel, so nothing visible is lost (373,000 positions → 17,000).
const MIN_WEIGHT = 2e-6;
// 5 decimals of a degree ≈ 1.1 m.
const DECIMALS = 5;

const root = resolve(import.meta.dirname, '..');
const communesDir = resolve(root, process.argv[2] ?? '../shared/data/vn-admin-units/communes-08-tuyen-quang');
const sourceDir = dirname(communesDir);
const outDir = join(root, 'packages/maps/data');

interface Unit {
  Code: string;
  Name: string;
  FullName: string;
}
interface Province extends Unit {
  Wards: Unit[];
}

type Area = Polygon | MultiPolygon;
type TopoArea = TopoPolygon | TopoMultiPolygon;

const unitsFile = readdirSync(sourceDir)
  .filter((f) => /^units-.*\.json$/.test(f))
  .sort()
  .at(-1);
if (!unitsFile) throw new Error(`no units-*.json in ${sourceDir}`);
const provinces = JSON.parse(readFileSync(join(sourceDir, unitsFile), 'utf8')) as Province[];
const province = provinces.find((p) => p.Code === PROVINCE_CODE);
if (!province) throw new Error(`province ${PROVINCE_CODE} not in ${unitsFile}`);
const units = new Map(province.Wards.map((w) => [w.Code, w]));

const sources: Feature<Area>[] = [];
const sourceBoxes: number[][] = [];
for (const file of readdirSync(communesDir)
  .filter((f) => f.endsWith('.geojson'))
  .sort()) {
  const collection = JSON.parse(readFileSync(join(communesDir, file), 'utf8')) as FeatureCollection<Area>;
  for (const f of collection.features) {
    const code = String(f.properties?.code ?? f.id);
    const unit = units.get(code);
    if (!unit) throw new Error(`${file}: commune ${code} is not a unit of province ${PROVINCE_CODE}`);
    const properties: CommuneProperties = {
      name: code,
      code,
      fullName: normalizeTonePlacement(unit.FullName),
      shortName: normalizeTonePlacement(unit.Name),
    };
    sources.push({ type: 'Feature', properties, geometry: f.geometry });
    if (f.bbox) sourceBoxes.push(f.bbox);
  }
}
const missing = [...units.keys()].filter((code) => !sources.some((f) => f.properties?.code === code));
if (missing.length > 0) throw new Error(`no boundary for communes ${missing.join(', ')}`);

const input: FeatureCollection<Area> = { type: 'FeatureCollection', features: sources };
const topo = topology({ communes: input }) as Topology<{ communes: GeometryCollection<CommuneProperties> }>;
const simplified = simplify(presimplify(topo), MIN_WEIGHT);

const round = (x: number) => Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;

function planarArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum / 2);
}

/**
 * Rounds a ring and drops the consecutive duplicates rounding makes; null if it collapses or is smaller
 * than MIN_WEIGHT (the source has zero-area slivers, and merging the communes leaves zero-area holes
 * where two neighbours' source borders differed by a few metres).
 */
function roundRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const p = [round(x), round(y)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 && planarArea(out) >= MIN_WEIGHT ? out : null;
}

function roundPolygon(rings: Position[][]): Position[][] | null {
  const [outer, ...holes] = rings.map(roundRing);
  if (!outer) return null;
  return [outer, ...holes.filter((h) => h !== null)];
}

/** Rounded Polygon or MultiPolygon (a single part becomes a Polygon). */
function roundGeometry(geometry: Area): Area {
  const parts = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .map(roundPolygon)
    .filter((p) => p !== null);
  const [first] = parts;
  if (!first) throw new Error('a geometry vanished when rounded');
  return parts.length === 1
    ? { type: 'Polygon', coordinates: first }
    : { type: 'MultiPolygon', coordinates: parts };
}

const communes = feature(simplified, simplified.objects.communes) as FeatureCollection<
  Area,
  CommuneProperties
>;
const communesOut: FeatureCollection<Area, CommuneProperties> = {
  type: 'FeatureCollection',
  features: communes.features
    .map((f) => ({ type: 'Feature' as const, properties: f.properties, geometry: roundGeometry(f.geometry) }))
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code)),
};

const outline: FeatureCollection<Area, CommuneProperties> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        name: PROVINCE_CODE,
        code: PROVINCE_CODE,
        fullName: normalizeTonePlacement(province.FullName),
        shortName: normalizeTonePlacement(province.Name),
      },
      geometry: roundGeometry(merge(simplified, simplified.objects.communes.geometries as TopoArea[])),
    },
  ],
};

/** One feature a line: small, and still readable in a diff. */
function stringify(collection: FeatureCollection): string {
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

mkdirSync(outDir, { recursive: true });
const communesJson = stringify(communesOut);
const outlineJson = stringify(outline);
writeFileSync(join(outDir, 'tuyen-quang-communes.geo.json'), communesJson);
writeFileSync(join(outDir, 'tuyen-quang-province.geo.json'), outlineJson);
writeFileSync(join(outDir, 'LICENSE'), readFileSync(join(sourceDir, 'LICENSE')));

// What the maps test holds the simplified map to, measured here on the detailed originals, so the test
// runs from the repository alone (the originals are 32 MB and stay outside it).
const provinceSource = readdirSync(join(sourceDir, 'provinces')).find((f) =>
  f.startsWith(`${PROVINCE_CODE}_`),
);
if (!provinceSource) throw new Error(`no boundary for province ${PROVINCE_CODE}`);
const provinceFeature = (
  JSON.parse(readFileSync(join(sourceDir, 'provinces', provinceSource), 'utf8')) as FeatureCollection<Area>
).features[0] as Feature<Area>;
const measures = {
  bbox: [
    Math.min(...sourceBoxes.map((b) => b[0] ?? 0)),
    Math.min(...sourceBoxes.map((b) => b[1] ?? 0)),
    Math.max(...sourceBoxes.map((b) => b[2] ?? 0)),
    Math.max(...sourceBoxes.map((b) => b[3] ?? 0)),
  ],
  provinceArea: area(provinceFeature),
  communeAreas: Object.fromEntries(sources.map((f) => [f.properties?.code as string, area(f)])),
};
writeFileSync(
  join(root, 'packages/maps/test/source-measures.json'),
  `${JSON.stringify(measures, null, 1)}\n`,
);

const positions = (features: Feature<Area>[]) =>
  features.reduce((n, f) => n + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
console.log(
  `${communesOut.features.length} communes: ${positions(sources)} → ${positions(communesOut.features)} positions, ` +
    `${(Buffer.byteLength(communesJson) / 1024).toFixed(0)} KB; province outline ${(Buffer.byteLength(outlineJson) / 1024).toFixed(0)} KB`,
);
