import { loadCommuneMap, MAP_ASPECT_SCALE, type MapProvinceCode } from '@lantoa/maps';
import type { Position } from 'geojson';
import type { CommuneShare } from '../use-cases/public-site/read-commune-shares.ts';
import { escapeHtml } from './html.ts';

// A province's commune map drawn on the server as a small SVG, for the public home: no script, no
// map library, nothing fetched. The GeoJSON of @lantoa/maps (370 KB for Tuyên Quang's 124 communes)
// is projected once into a 400-unit-wide box, simplified to 0.8 unit (Douglas–Peucker) and written
// with whole-unit relative moves: 28 KB of SVG, 8.7 KB gzipped, sharp enough on a phone's width.

/** The map's width in SVG units; the height follows the province's shape. */
const WIDTH = 400;
/** How far (in SVG units) a simplified border may stray from the surveyed one. */
const TOLERANCE = 0.8;

export interface ProjectedMap {
  width: number;
  height: number;
  /** Each commune's outline as SVG path data, by its 5-digit code. */
  paths: Map<string, string>;
}

type Point = [number, number];

/** Douglas–Peucker: the points of a line that keep it within `tolerance` of the original. */
function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    const [ax, ay] = points[first] as Point;
    const [bx, by] = points[last] as Point;
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i] as Point;
      // A closed ring's two ends are the same point: then the distance is to that point.
      const d =
        length === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** A ring as SVG path data: an absolute move, then relative lines between whole-unit points. */
function ringPath(ring: Point[]): string {
  const rounded = ring.map(([x, y]): Point => [Math.round(x), Math.round(y)]);
  const points = rounded.filter(
    (p, i) => i === 0 || p[0] !== (rounded[i - 1] as Point)[0] || p[1] !== (rounded[i - 1] as Point)[1],
  );
  if (points.length < 4) return '';
  const [start, ...rest] = points as [Point, ...Point[]];
  let [x, y] = start;
  const moves = rest.map(([nx, ny]) => {
    const move = `${nx - x}${ny - y < 0 ? '' : ' '}${ny - y}`;
    x = nx;
    y = ny;
    return move;
  });
  return `M${start[0]} ${start[1]}l${moves.join(' ').replaceAll(' -', '-')}z`;
}

const cache = new Map<string, Promise<ProjectedMap>>();

/** Whether the province (2-digit code) has a commune map. */
export const hasCommuneMap = (provinceCode: string): provinceCode is MapProvinceCode =>
  Object.hasOwn(MAP_ASPECT_SCALE, provinceCode);

/** The province's communes projected and simplified, computed once per process; null without a map. */
export function projectedCommuneMap(provinceCode: string): Promise<ProjectedMap> | null {
  if (!hasCommuneMap(provinceCode)) return null;
  let projected = cache.get(provinceCode);
  if (!projected) {
    projected = loadCommuneMap(provinceCode).then((map) => {
      // Plain longitude/latitude scaled by cos(latitude) at the centre: shapes stay true at this size.
      const aspect = MAP_ASPECT_SCALE[provinceCode];
      const polygons = map.features.map((f) => ({
        code: f.properties.code,
        rings: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(),
      }));
      const all = polygons.flatMap((p) => p.rings.flat());
      const xs = all.map((p: Position) => (p[0] as number) * aspect);
      const ys = all.map((p: Position) => -(p[1] as number));
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const scale = (WIDTH - 2) / (maxX - minX);
      const paths = new Map<string, string>();
      for (const { code, rings } of polygons) {
        const d = rings
          .map((ring) =>
            ringPath(
              simplify(
                ring.map(
                  (p): Point => [
                    1 + ((p[0] as number) * aspect - minX) * scale,
                    1 + (-(p[1] as number) - minY) * scale,
                  ],
                ),
                TOLERANCE,
              ),
            ),
          )
          .join('');
        if (d) paths.set(code, d);
      }
      return { width: WIDTH, height: Math.ceil((maxY - minY) * scale) + 2, paths };
    });
    projected.catch(() => cache.delete(provinceCode));
    cache.set(provinceCode, projected);
  }
  return projected;
}

/** The shades of the share, lightest to darkest, and the one of a commune without work due yet. */
const SHADES = ['#e5f5e0', '#a1d99b', '#74c476', '#31a354', '#006d2c'] as const;
const NO_DATA = '#c9d1d9';
const BANDS = ['Dưới 20%', '20% – dưới 40%', '40% – dưới 60%', '60% – dưới 80%', 'Từ 80% trở lên'] as const;

const shadeOf = (share: number | null) =>
  share === null ? NO_DATA : (SHADES[Math.min(SHADES.length - 1, Math.floor(share / 20))] as string);

const percentText = (share: number | null) =>
  share === null ? 'chưa có việc đến hạn' : `${share.toLocaleString('vi-VN')}%`;

const swatch = (fill: string) =>
  `<svg width="14" height="14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill="${fill}" stroke="#52606d" stroke-width="1"/></svg>`;

/**
 * The map, its legend and the same figures as a table (the text alternative: a screen reader, or a
 * reader who wants a commune's exact figure, reads the table). `caption` says what is shaded.
 */
export function communeMapHtml(map: ProjectedMap, communes: CommuneShare[], caption: string): string {
  const shapes = communes
    .map((c) => {
      const d = map.paths.get(c.code);
      if (!d) return '';
      return `<path fill="${shadeOf(c.share)}" d="${d}"><title>${escapeHtml(c.name)}: ${percentText(c.share)}</title></path>`;
    })
    .join('');
  const legend = [
    ...BANDS.map((band, i) => `<li>${swatch(SHADES[i] as string)} ${band}</li>`),
    `<li>${swatch(NO_DATA)} Chưa có việc đến hạn</li>`,
  ].join('');
  const rows = communes
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.name)}</td><td class="num">${c.done}/${c.due}</td><td class="num">${c.share === null ? '—' : `${c.share.toLocaleString('vi-VN')}%`}</td></tr>`,
    )
    .join('');
  return `<figure class="map"><svg viewBox="0 0 ${map.width} ${map.height}" role="img" aria-labelledby="map-title"><title id="map-title">${escapeHtml(caption)}</title><g stroke="#52606d" stroke-width=".4" stroke-linejoin="round">${shapes}</g></svg>
<figcaption><ul class="legend">${legend}</ul></figcaption></figure>
<details><summary>Bảng số liệu theo xã, phường</summary><table><caption class="hint">${escapeHtml(caption)}</caption><thead><tr><th scope="col">Xã, phường</th><th scope="col" class="num">Đã xong / đến hạn</th><th scope="col" class="num">Tỷ lệ</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}
