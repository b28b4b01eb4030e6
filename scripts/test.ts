// `npm test`: every test. Unit tests; integration tests on embedded PGlite and then on a PostgreSQL
// server (DATABASE_URL, or a throw-away local server); then browser tests in Debian's Chromium
// against the built web app. Extra arguments go to each Vitest run (e.g. a file filter).
import { spawnSync } from 'node:child_process';
import { startLocalPostgres } from './local-postgres.ts';

const extra = process.argv.slice(2);

function vitest(project: string, env: Record<string, string> = {}): void {
  const label = `${project}${env.LANTOA_TEST_ENGINE ? ` (${env.LANTOA_TEST_ENGINE})` : ''}`;
  console.log(`\n=== ${label} ===`);
  const result = spawnSync('npx', ['vitest', 'run', '--project', project, '--passWithNoTests', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    console.error(`\n${label}: failed`);
    process.exit(result.status ?? 1);
  }
}

vitest('unit');
vitest('integration', { LANTOA_TEST_ENGINE: 'pglite' });

const local = process.env.DATABASE_URL ? null : await startLocalPostgres();
try {
  vitest('integration', {
    LANTOA_TEST_ENGINE: 'postgres',
    DATABASE_URL: process.env.DATABASE_URL ?? local?.url ?? '',
  });
} finally {
  local?.stop();
}

console.log('\n=== building the web app for browser tests ===');
if (
  spawnSync('npx', ['vite', 'build', 'apps/web', '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0
) {
  process.exit(1);
}
vitest('e2e');
