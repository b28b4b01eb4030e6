import { defineConfig } from 'vitest/config';

// Tests of the packages and the CLI that start programs or do heavy work, seconds each: LibreOffice
// (the samples as PDFs, the report as PDF), ffmpeg, pdftoppm and espeak-ng (thumbnails, durations,
// speech), child processes (the CLI, the plan scorer, the executable runner), a fetcher against a
// loopback HTTP server with its timeouts (web-reader), the language-model client against a loopback
// chat server (assistant), and uploads or plan
// documents checked in worker threads with time and memory caps, SVGs rendered through jsdom and
// sharp, megabyte-sized zips and PDFs through the readers. Everything else under packages/*/test is
// a pure unit test that runs in milliseconds.
const TOOL_TESTS = [
  'packages/exec/test/**/*.test.ts',
  'packages/media/test/{hostile,inspect,inspect-at,isolate,svg,thumbnail}.test.ts',
  'packages/plan-parser/test/{bad-input,formats,oversized,samples}.test.ts',
  'packages/reports/test/{pdf,plan-document-pdf,certificate}.test.ts',
  'packages/speech/test/engines.test.ts',
  'packages/web-reader/test/fetch-public.test.ts',
  'packages/assistant/test/model-compose.test.ts',
  'apps/cli/test/**/*.test.ts',
];
// Tests that need a database: the integration project.
const DATABASE_TESTS = ['**/*.db.test.ts', 'packages/db/test/**'];
// The files of the unit project, and of the integration project on PGlite, share one process per
// worker instead of one each (isolate: false): modules are imported once, and the code (PGlite's
// WebAssembly too) is already compiled and optimised for the next file; unit tests take a fifth of
// the time, integration tests on PGlite half. This setup file undoes after each file what a file may leave in the process (a pinned
// clock). The tool-backed tests stay isolated: they gain little (their time is in the programs they
// start) and cap the time and memory of worker threads.
const BETWEEN_FILES = 'scripts/vitest-between-files.ts';

// The unit and integration files import their TypeScript with Node's own import (it strips the types, as
// the server runs), not through Vite's module runner: no transform, and about an eighth less CPU for
// the integration files, which import the whole server. (No test uses vi.mock,
// which needs the runner.) The tool-backed and browser tests keep the runner: their time is elsewhere.
const NODE_IMPORT = { viteModuleRunner: false, nodeLoader: false };

// Five projects: pure unit tests (`npm run test:unit`, seconds), the tool-backed tests above,
// integration tests against a database (run once per engine by scripts/test.ts), the multi-instance
// test (cluster/), and browser tests driving Debian's Chromium. `npm test` runs them all.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          experimental: NODE_IMPORT,
          include: ['packages/*/test/**/*.test.ts', 'apps/web/test/**/*.test.ts'],
          exclude: [...TOOL_TESTS, ...DATABASE_TESTS],
          isolate: false,
          setupFiles: [BETWEEN_FILES],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'tools',
          include: TOOL_TESTS,
          exclude: DATABASE_TESTS,
          // Two files at a time (Vitest's default is one fewer than the cores: one here): much of
          // their time is spent waiting on the programs they start.
          maxWorkers: 2,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          experimental: NODE_IMPORT,
          include: [
            'packages/db/test/**/*.test.ts',
            '{packages,apps}/*/test/**/*.db.test.ts',
            'apps/server/test/**/*.test.ts',
          ],
          // Each file copies a template database built once per run (see global-setup.ts).
          globalSetup: ['apps/server/test/support/global-setup.ts'],
          // On PGlite the files share one process per worker (isolate: false): the server's modules and
          // PGlite's WebAssembly are compiled once per worker, not once per file, which halves the
          // stage (319 s → 160 s on this machine). On PostgreSQL each file keeps a fresh process: with
          // files sharing one, V8 aborted the worker at random there ("Check failed:
          // jit_page.has_value()", twice in two runs). Two files at a time either way: each has its own
          // database, and the two cores are used.
          isolate: process.env.LANTOA_TEST_ENGINE === 'postgres',
          setupFiles: [BETWEEN_FILES],
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Two server instances on one PostgreSQL server behind HAProxy, one killed under load
          // (scripts/test.ts runs it after the integration stages): one file, its processes its own.
          name: 'cluster',
          experimental: NODE_IMPORT,
          include: ['cluster/**/*.test.ts'],
          maxWorkers: 1,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A polled expectation waits as long as a locator does (15 s), not Vitest's 1 s: a save seen
          // through the database may take longer while another file's browser works beside it.
          expect: { poll: { timeout: 15_000 } },
          // Two files at a time: each has its own server, data and database (copies of the run's
          // template) and its own Chromium, and a file alone keeps under one core busy (most of its
          // time is spent waiting on the page), so two share this 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
