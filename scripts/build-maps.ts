// `node scripts/build-maps.ts [units-dir]`: builds the browser maps of packages/maps/data, one commune
// map per province, from the shared administrative units (default `../shared/data/vn-admin-units`,
// relative to the repository root: its units JSON, LICENSE, `communes-simplified/<code>_<slug>.topo.json`
// for every province, and the detailed `communes-<code>-<slug>/` folders where there are some, which are
// preferred: Tuyên Quang's).
//
// Each province's communes are turned into one TopoJSON topology, so a border between two communes is
// a single arc; the arcs are simplified (Visvalingam, topojson-simplify) and turned back into GeoJSON,
// so neighbours keep sharing exactly the same simplified border: no gaps, no overlaps. For the province
// with detailed boundaries, the outline (the merge of its simplified communes) and the measures its
// test holds the map to are written too. `communes.json` lists the maps (code, names, file, aspect).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

// Visvalingam weight (planar triangle area, in square degrees) below which a vertex is dropped, per
// square degree of the province's own area, so every province keeps the same detail on a map of the
// same width: Tuyên Quang (1.21 deg²) gets 2e-6 deg² ≈ 0.023 km², e.g. a bend 45 m deep over 1 km, where
// a 600-px-wide map of the province has ~230 m per pixel, so nothing visible is lost.
const WEIGHT_PER_SQUARE_DEGREE = 1.65e-6;
// 5 decimals of a degree ≈ 1.1 m.
const DECIMALS = 5;

const root = resolve(import.meta.dirname, '..');
const sourceDir = resolve(root, process.argv[2] ?? '../shared/data/vn-admin-units');
const simplifiedDir = join(sourceDir, 'communes-simplified');
const outDir = join(root, 'packages/maps/data');

interface Unit {
  Code: string;
  Name: string;
  FullName: string;
  CodeName: string;
}
interface Province extends Unit {
  Wards: Unit[];
}

type Area = Polygon | MultiPolygon;
type TopoArea = TopoPolygon | TopoMultiPolygon;

/** What `communes.json` says of each map (read by the web app to load a province's map on demand). */
export interface CommuneMapEntry {
  code: string;
  name: string;
  fullName: string;
  file: string;
  communes: number;
  /** cos(latitude) at the map's centre: ECharts' `aspectScale` for its plain lon/lat projection. */
  aspectScale: number;
  bytes: number;
}

const unitsFile = readdirSync(sourceDir)
  .filter((f) => /^units-.*\.json$/.test(f))
  .sort()
  .at(-1);
if (!unitsFile) throw new Error(`no units-*.json in ${sourceDir}`);
const provinces = JSON.parse(readFileSync(join(sourceDir, unitsFile), 'utf8')) as Province[];

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
 * than the minimum weight (the source has zero-area slivers, and merging the communes leaves zero-area
 * holes where two neighbours' source borders differed by a few metres).
 */
function roundRing(ring: Position[], minArea: number): Position[] | null {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const p = [round(x), round(y)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 && planarArea(out) >= minArea ? out : null;
}

function roundPolygon(rings: Position[][], minArea: number): Position[][] | null {
  const [outer, ...holes] = rings.map((r) => roundRing(r, minArea));
  if (!outer) return null;
  return [outer, ...holes.filter((h) => h !== null)];
}

/** Rounded Polygon or MultiPolygon (a single part becomes a Polygon); null if every part vanished. */
function roundGeometry(geometry: Area, minArea: number): Area | null {
  const parts = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .map((p) => roundPolygon(p, minArea))
    .filter((p) => p !== null);
  const [first] = parts;
  if (!first) return null;
  return parts.length === 1
    ? { type: 'Polygon', coordinates: first }
    : { type: 'MultiPolygon', coordinates: parts };
}

const polygonsOf = (g: Area): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Sum of the outer rings' planar areas, in square degrees. */
const squareDegrees = (features: Feature<Area>[]) =>
  features.reduce(
    (n, f) => n + polygonsOf(f.geometry).reduce((m, [outer]) => m + planarArea(outer ?? []), 0),
    0,
  );

function boundingBox(features: Feature<Area>[]): [number, number, number, number] {
  const box: [number, number, number, number] = [180, 90, -180, -90];
  for (const f of features) {
    for (const polygon of polygonsOf(f.geometry)) {
      for (const [x = 0, y = 0] of polygon[0] ?? []) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
    }
  }
  return box;
}

/** The detailed boundaries (one GeoJSON file per commune) if the shared data has them for the province. */
function detailedSources(province: Province): Feature<Area>[] | null {
  const dir = readdirSync(sourceDir).find((f) => f.startsWith(`communes-${province.Code}-`));
  if (!dir) return null;
  const features: Feature<Area>[] = [];
  for (const file of readdirSync(join(sourceDir, dir))
    .filter((f) => f.endsWith('.geojson'))
    .sort()) {
    const collection = JSON.parse(
      readFileSync(join(sourceDir, dir, file), 'utf8'),
    ) as FeatureCollection<Area>;
    for (const f of collection.features)
      features.push({ ...f, properties: { code: String(f.properties?.code ?? f.id) } });
  }
  return features;
}

/** The shared simplified TopoJSON of the province (every province has one), as GeoJSON. */
function simplifiedSources(province: Province): Feature<Area>[] {
  const file = readdirSync(simplifiedDir).find(
    (f) => f.startsWith(`${province.Code}_`) && f.endsWith('.topo.json'),
  );
  if (!file) throw new Error(`no communes-simplified/${province.Code}_*.topo.json`);
  const topo = JSON.parse(readFileSync(join(simplifiedDir, file), 'utf8')) as Topology<{
    communes: GeometryCollection<{ code: string }>;
  }>;
  const collection = feature(topo, topo.objects.communes) as FeatureCollection<Area, { code: string }>;
  return collection.features.map((f) => ({ ...f, properties: { code: String(f.properties.code ?? f.id) } }));
}

/** One feature a line: small, and still readable in a diff. */
function stringify(collection: FeatureCollection): string {
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

const positions = (features: Feature<Area>[]) =>
  features.reduce((n, f) => n + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

mkdirSync(outDir, { recursive: true });
const entries: CommuneMapEntry[] = [];
for (const province of provinces) {
  const units = new Map(province.Wards.map((w) => [w.Code, w]));
  const detailed = detailedSources(province);
  const raw = detailed ?? simplifiedSources(province);
  const sources: Feature<Area, CommuneProperties>[] = raw.map((f) => {
    const code = String(f.properties?.code);
    const unit = units.get(code);
    if (!unit) throw new Error(`commune ${code} is not a unit of province ${province.Code}`);
    const properties: CommuneProperties = {
      name: code,
      code,
      fullName: normalizeTonePlacement(unit.FullName),
      shortName: normalizeTonePlacement(unit.Name),
    };
    return { type: 'Feature', properties, geometry: f.geometry };
  });
  const missing = [...units.keys()].filter((code) => !sources.some((f) => f.properties.code === code));
  if (missing.length > 0) throw new Error(`${province.Name}: no boundary for communes ${missing.join(', ')}`);

  const minWeight = WEIGHT_PER_SQUARE_DEGREE * squareDegrees(sources);
  const input: FeatureCollection<Area> = { type: 'FeatureCollection', features: sources };
  const topo = topology({ communes: input }) as Topology<{ communes: GeometryCollection<CommuneProperties> }>;
  const simplified = simplify(presimplify(topo), minWeight);
  const communes = feature(simplified, simplified.objects.communes) as FeatureCollection<
    Area,
    CommuneProperties
  >;
  const byCode = new Map(sources.map((f) => [f.properties.code, f]));
  const communesOut: FeatureCollection<Area, CommuneProperties> = {
    type: 'FeatureCollection',
    features: communes.features
      .map((f) => {
        // An island commune can be smaller than the minimum weight: it keeps its source shape
        // rather than vanish from the map.
        const geometry =
          roundGeometry(f.geometry, minWeight) ??
          roundGeometry(byCode.get(f.properties.code)?.geometry as Area, 0);
        if (!geometry)
          throw new Error(`${province.Name}: commune ${f.properties.code} vanished when rounded`);
        return { type: 'Feature' as const, properties: f.properties, geometry };
      })
      .sort((a, b) => a.properties.code.localeCompare(b.properties.code)),
  };

  const slug = province.CodeName.replaceAll('_', '-');
  const file = `${slug}-communes.geo.json`;
  const communesJson = stringify(communesOut);
  writeFileSync(join(outDir, file), communesJson);
  const bbox = boundingBox(communesOut.features);
  entries.push({
    code: province.Code,
    name: normalizeTonePlacement(province.Name),
    fullName: normalizeTonePlacement(province.FullName),
    file,
    communes: communesOut.features.length,
    aspectScale: Math.round(Math.cos((((bbox[1] + bbox[3]) / 2) * Math.PI) / 180) * 1000) / 1000,
    bytes: Buffer.byteLength(communesJson),
  });
  console.log(
    `${province.Code} ${province.Name}: ${communesOut.features.length} communes, ${positions(sources)} → ` +
      `${positions(communesOut.features)} positions, ${kb(Buffer.byteLength(communesJson))}`,
  );
  if (!detailed) continue;

  // The province drawn from detailed boundaries: its outline, and what its test holds the simplified
  // map to, measured here on the detailed originals, so the test runs from the repository alone (the
  // originals are 32 MB and stay outside it).
  const outline: FeatureCollection<Area, CommuneProperties> = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {
          name: province.Code,
          code: province.Code,
          fullName: normalizeTonePlacement(province.FullName),
          shortName: normalizeTonePlacement(province.Name),
        },
        geometry: roundGeometry(
          merge(simplified, simplified.objects.communes.geometries as TopoArea[]),
          minWeight,
        ) as Area,
      },
    ],
  };
  const outlineJson = stringify(outline);
  writeFileSync(join(outDir, `${slug}-province.geo.json`), outlineJson);
  const provinceSource = readdirSync(join(sourceDir, 'provinces')).find((f) =>
    f.startsWith(`${province.Code}_`),
  );
  if (!provinceSource) throw new Error(`no boundary for province ${province.Code}`);
  const provinceFeature = (
    JSON.parse(readFileSync(join(sourceDir, 'provinces', provinceSource), 'utf8')) as FeatureCollection<Area>
  ).features[0] as Feature<Area>;
  const sourceBoxes = raw.map((f) => f.bbox).filter((b) => b !== undefined);
  const measures = {
    bbox: [
      Math.min(...sourceBoxes.map((b) => b[0] ?? 0)),
      Math.min(...sourceBoxes.map((b) => b[1] ?? 0)),
      Math.max(...sourceBoxes.map((b) => b[2] ?? 0)),
      Math.max(...sourceBoxes.map((b) => b[3] ?? 0)),
    ],
    provinceArea: area(provinceFeature),
    communeAreas: Object.fromEntries(sources.map((f) => [f.properties.code, area(f)])),
  };
  // Laid out as Biome formats it (the bounding box on one line), so a rebuild leaves it unchanged.
  const measuresJson = JSON.stringify(measures, null, 2).replace(
    /"bbox": \[[^\]]*\]/,
    `"bbox": ${JSON.stringify(measures.bbox).replaceAll(',', ', ')}`,
  );
  writeFileSync(join(root, 'packages/maps/test/source-measures.json'), `${measuresJson}\n`);
  console.log(`   province outline ${kb(Buffer.byteLength(outlineJson))}`);
}

writeFileSync(join(outDir, 'communes.json'), `${JSON.stringify(entries, null, 2)}\n`);
writeFileSync(join(outDir, 'LICENSE'), readFileSync(join(sourceDir, 'LICENSE')));
const total = entries.reduce((n, e) => n + e.bytes, 0);
console.log(
  `${entries.length} provinces, ${kb(total)} in all; largest ${kb(Math.max(...entries.map((e) => e.bytes)))}`,
);
