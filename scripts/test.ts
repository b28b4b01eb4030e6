// `npm test`: every test, stage by stage. Pure unit tests; the tool-backed tests (LibreOffice, ffmpeg,
// espeak-ng, worker threads, the CLI); integration tests on embedded PGlite and then on a PostgreSQL
// server (DATABASE_URL, or a throw-away local server); two server instances behind HAProxy, one of them
// killed under load (cluster/); then browser tests in Debian's Chromium against
// the built web app. Extra arguments go to each Vitest run (e.g. a file filter). At the end, or at
// the first failure, a table gives the wall time of each stage that ran.
import { spawn, spawnSync } from 'node:child_process';
import { startLocalPostgres } from './local-postgres.ts';

const extra = process.argv.slice(2);

/** Runs a command with this process's terminal; true when it exits 0. */
const run = (command: string, args: string[], env: Record<string, string> = {}): boolean =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

const vitest = (project: string, env: Record<string, string> = {}): boolean =>
  run('npx', ['vitest', 'run', '--project', project, '--passWithNoTests', ...extra], env);

async function onPostgres(): Promise<boolean> {
  const local = process.env.DATABASE_URL ? null : await startLocalPostgres();
  try {
    return vitest('integration', {
      LANTOA_TEST_ENGINE: 'postgres',
      DATABASE_URL: process.env.DATABASE_URL ?? local?.url ?? '',
    });
  } finally {
    local?.stop();
  }
}

/**
 * Starts a command now and answers a function that waits for it: its output is kept and printed
 * then, so that it does not interleave with the stage running meanwhile.
 */
function startEarly(command: string, args: string[]): () => Promise<boolean> {
  const output: Buffer[] = [];
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  const done = new Promise<boolean>((resolve) => {
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
  return async () => {
    const passed = await done;
    process.stdout.write(Buffer.concat(output));
    return passed;
  };
}

// The web build for the browser tests runs beside the unit and tool-backed tests (their time is
// mostly spent in the programs they start), and is waited for before the browser tests: about 13 s
// less in all on the 2-core machine.
const webBuild = startEarly('npx', ['vite', 'build', 'apps/web', '--logLevel', 'warn']);

const stages: { label: string; run: () => boolean | Promise<boolean> }[] = [
  { label: 'unit', run: () => vitest('unit') },
  { label: 'tools', run: () => vitest('tools') },
  { label: 'integration (pglite)', run: () => vitest('integration', { LANTOA_TEST_ENGINE: 'pglite' }) },
  { label: 'integration (postgres)', run: onPostgres },
  // Two server instances on one PostgreSQL server (a fresh database on DATABASE_URL's server, or a
  // throw-away local one) behind HAProxy, one killed under load: cluster/multi-instance.test.ts.
  { label: 'multi-instance (haproxy)', run: () => vitest('cluster') },
  { label: 'web build (started first)', run: webBuild },
  { label: 'e2e', run: () => vitest('e2e') },
];

const results: { label: string; seconds: number; passed: boolean }[] = [];

function printTimes(): void {
  const width = Math.max(...stages.map((s) => s.label.length));
  const line = (label: string, time: string, note = '') =>
    console.log(`  ${label.padEnd(width)}  ${time.padStart(9)}${note ? `  ${note}` : ''}`);
  console.log('\n=== time of each stage ===');
  for (const r of results) line(r.label, `${r.seconds.toFixed(1)} s`, r.passed ? '' : 'FAILED');
  for (const s of stages.slice(results.length)) line(s.label, 'not run');
  line('total', `${results.reduce((sum, r) => sum + r.seconds, 0).toFixed(1)} s`);
}

for (const stage of stages) {
  console.log(`\n=== ${stage.label} ===`);
  const started = performance.now();
  let passed = false;
  try {
    passed = await stage.run();
  } finally {
    results.push({ label: stage.label, seconds: (performance.now() - started) / 1000, passed });
    if (!passed) printTimes();
  }
  if (!passed) {
    console.error(`\n${stage.label}: failed`);
    process.exit(1);
  }
}
printTimes();
