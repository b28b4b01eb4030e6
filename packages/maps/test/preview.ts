// `node packages/maps/test/preview.ts [out.png]`: renders the commune map of Tuyên Quang with ECharts
// (SVG) and screenshots it with Debian's Chromium, to look at it (default /tmp/tuyen-quang-communes.png).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCommuneMap, MAP_ASPECT_SCALE } from '../src/index.ts';
import { renderCommuneMapSvg } from './render-svg.ts';

const out = resolve(process.argv[2] ?? join(tmpdir(), 'tuyen-quang-communes.png'));
const width = Number(process.env.WIDTH ?? 600);
const height = Number(process.env.HEIGHT ?? 700);
const svg = renderCommuneMapSvg(await loadCommuneMap('08'), {
  width,
  height,
  aspectScale: MAP_ASPECT_SCALE['08'],
});
const svgFile = join(mkdtempSync(join(tmpdir(), 'maps-')), 'map.svg');
writeFileSync(svgFile, svg);
const result = spawnSync(
  '/usr/bin/chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    `--window-size=${width},${height}`,
    `--screenshot=${out}`,
    `file://${svgFile}`,
  ],
  { encoding: 'utf8' },
);
// Chromium logs much noise (D-Bus) to stderr: show it only when it fails.
if (result.status !== 0) {
  console.error(result.stderr);
  process.exit(result.status ?? 1);
}
console.log(`${svgFile} → ${out}`);
