// `npm run bench -- public-pages`: the weight and time-to-usable of each public page on a phone on a
// slow 3G network (issue 17). The measure lives in the browser test that holds its budget
// (e2e/public-weight.test.ts: the demo on its own server, Chromium throttled to 400 kbit/s and 400 ms);
// this runs it and prints its table, then its JSON line last.
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const run = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', 'e2e/public-weight.test.ts'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const lines = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`).split('\n');
const start = lines.findIndex((line) => line.startsWith('Public pages on slow 3G'));
const json = lines.findIndex((line) => line.startsWith('{"bench":"public-pages-slow-3g"'));
if (run.status !== 0 || start === -1 || json === -1) {
  console.error(lines.slice(-60).join('\n'));
  process.exit(run.status || 1);
}
console.log(lines.slice(start, json + 1).join('\n'));
