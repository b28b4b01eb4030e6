// Durability of the quiz under load: the real server runs as a child process on a database that
// outlives it (a PGlite folder, or a PostgreSQL database), participants answer and submit
// concurrently, the server is killed (SIGKILL) in the middle, and every answer and submission it
// acknowledged must be found after a restart.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseHandle, openDatabase } from '@lantoa/db';
import { copyTemplateDataDir, createTestDatabase } from '@lantoa/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../../../scripts/server-process.ts';
import { DEMO_TEMPLATE } from './support/demo-database.ts';

const engine = process.env.LANTOA_TEST_ENGINE ?? 'pglite';
const PARTICIPANTS = 40;
const QUESTIONS = 4;
/** Kill the server once this many submissions have been acknowledged. */
const KILL_AFTER = 25;
/** Each test restarts the server (twice for the first): about a minute each on a busy machine. */
const RESTARTS_TIMEOUT_MS = 240_000;

// The server's clock starts on a Wednesday of the contest's week (from 1 June 2026, Vietnam time)
// and runs on at real speed, across restarts too: the test does not depend on the day it is run.
const PINNED = Date.parse('2026-06-03T10:00:00+07:00');
const began = Date.now();
const serverClock = () => new Date(PINNED + (Date.now() - began)).toISOString();

let dir: string;
let database: (DatabaseHandle & { url?: string }) | undefined;
let server: ChildProcess | undefined;
let base = '';
let contestId = '';
let province = '';

async function startServer(): Promise<ChildProcess> {
  const running = await startServerProcess(
    {
      LANTOA_LOG: '0',
      LANTOA_WEB_DIST: '/nonexistent',
      LANTOA_DATA_DIR: dir,
      DATABASE_URL: database?.url ?? '',
      LANTOA_REGISTER_PER_MINUTE: '100000',
      LANTOA_ATTEMPT_PER_MINUTE: '100000',
      LANTOA_PUBLIC_PER_MINUTE: '100000',
    },
    { clock: serverClock() },
  );
  base = running.baseUrl;
  return running.child;
}

async function stop(child: ChildProcess | undefined, signal: NodeJS.Signals) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

const api = async (method: string, path: string, body?: object, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as Record<string, unknown> };
};

/** Questions and a contest open today, through the staff API as the provincial coordinator. */
async function setUpContest() {
  const signIn = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'tq.dieuphoi', password: 'LanToa@2026' }),
  });
  expect(signIn.status).toBe(200);
  const staff = {
    cookie: (signIn.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '',
    'x-csrf-token': ((await signIn.json()) as { csrfToken: string }).csrfToken,
  };
  const roots = await api('GET', '/api/bodies/roots', undefined, staff);
  province = (roots.json.items as { id: string }[])[0]?.id ?? '';
  for (let i = 0; i < QUESTIONS; i++) {
    const res = await api(
      'POST',
      '/api/quiz/questions',
      {
        bodyId: province,
        topic: 'Nghị quyết 57',
        difficulty: 1,
        text: `Câu ${i}?`,
        options: [
          { key: 'A', text: 'Đúng', correct: true },
          { key: 'B', text: 'Sai', correct: false },
        ],
      },
      staff,
    );
    expect(res.status).toBe(201);
  }
  const created = await api(
    'POST',
    '/api/quiz/contests',
    {
      bodyId: province,
      title: 'Cuộc thi độ bền',
      eligibleGroups: ['citizens'],
      topicQuotas: [{ topic: 'Nghị quyết 57', count: QUESTIONS }],
      timeLimitSeconds: 3600,
      attemptsPerRound: 7,
      startsOn: '2026-06-01',
      weeks: 1,
    },
    staff,
  );
  expect(created.status).toBe(201);
  contestId = created.json.id as string;
  expect((await api('POST', `/api/quiz/contests/${contestId}/publish`, { version: 1 }, staff)).status).toBe(
    204,
  );
}

let nextCitizen = 0;
async function register() {
  const n = nextCitizen++;
  const res = await api(
    'POST',
    `/api/public/contests/${contestId}/register`,
    {
      fullName: `Thí sinh ${n}`,
      phone: '0912345678',
      citizenId: `001099${String(n).padStart(6, '0')}`,
      bodyId: province,
      group: 'citizens',
    },
    { 'x-forwarded-for': `10.9.${n >> 8}.${n & 255}` },
  );
  if (res.status !== 200) throw new Error(`register: ${res.status}`);
  return res.json.token as string;
}

async function start(token: string) {
  const res = await api('POST', `/api/public/contests/${contestId}/attempts`, undefined, {
    'x-participant': token,
  });
  if (res.status !== 200) throw new Error(`start: ${res.status}`);
  return res.json as unknown as { id: string; questions: { id: string }[] };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantoa-durability-'));
  // The demo's accounts and bodies, copied from the run's template: the server finds them instead
  // of seeding the whole demo (with its plans) on its first start.
  if (engine === 'postgres') database = await createTestDatabase({ template: DEMO_TEMPLATE });
  else copyTemplateDataDir(DEMO_TEMPLATE, join(dir, 'pglite'));
  server = await startServer();
  await setUpContest();
});

afterAll(async () => {
  await stop(server, 'SIGKILL');
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Reads the database with the server stopped (PGlite has one process), then restarts it. */
async function inDatabase<T>(read: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  if (database) return read(database);
  await stop(server, 'SIGTERM');
  const handle = await openDatabase({ dataDir: join(dir, 'pglite') });
  try {
    return await read(handle);
  } finally {
    await handle.close();
    server = await startServer();
  }
}

describe('quiz durability', () => {
  it(
    'keeps every acknowledged answer and submission when the server is killed under load',
    async () => {
      const answers = new Map<string, string[]>(); // `${attempt}:${question}` → option keys acknowledged
      const submissions = new Map<string, string>(); // attempt → submittedAt acknowledged
      let killed = false;
      const killing = new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (submissions.size >= KILL_AFTER) {
            clearInterval(check);
            killed = true;
            server?.kill('SIGKILL');
            resolve();
          }
        }, 1);
      });
      // Each participant plays attempt after attempt until the server dies under it.
      const participant = async (i: number) => {
        try {
          const token = await register();
          const headers = { 'x-participant': token };
          while (!killed) {
            const attempt = await start(token);
            for (const [k, q] of attempt.questions.entries()) {
              const optionKeys = (i + k) % 2 === 0 ? ['A'] : ['B'];
              const res = await api(
                'PUT',
                `/api/public/attempts/${attempt.id}/answers/${q.id}`,
                { optionKeys },
                headers,
              );
              if (res.status === 200) answers.set(`${attempt.id}:${q.id}`, optionKeys);
              else throw new Error(`answer: ${res.status}`);
            }
            const res = await api(
              'POST',
              `/api/public/attempts/${attempt.id}/submit`,
              { prediction: i },
              headers,
            );
            if (res.status === 200) submissions.set(attempt.id, res.json.submittedAt as string);
            else throw new Error(`submit: ${res.status}`);
          }
        } catch (error) {
          // Requests cut by the kill fail; any other failure is a bug.
          if (!killed) throw error;
        }
      };
      await Promise.all([killing, ...Array.from({ length: PARTICIPANTS }, (_, i) => participant(i))]);
      expect(submissions.size).toBeGreaterThanOrEqual(KILL_AFTER);

      server = await startServer();
      const stored = await inDatabase(async ({ db }) => ({
        attempts: await db.selectFrom('quiz_attempts').select(['id', 'submitted_at']).execute(),
        answers: await db
          .selectFrom('quiz_answers')
          .select(['attempt_id', 'question_id', 'option_keys'])
          .execute(),
      }));
      const submittedAt = new Map(stored.attempts.map((a) => [a.id, a.submitted_at?.toISOString() ?? null]));
      for (const [id, at] of submissions) expect(submittedAt.get(id), `submission ${id}`).toBe(at);
      const kept = new Map(stored.answers.map((a) => [`${a.attempt_id}:${a.question_id}`, a.option_keys]));
      for (const [key, optionKeys] of answers) expect(kept.get(key), `answer ${key}`).toEqual(optionKeys);

      // The restarted server serves the quiz again.
      const token = await register();
      expect((await start(token)).questions).toHaveLength(QUESTIONS);
    },
    RESTARTS_TIMEOUT_MS,
  );

  it(
    'takes one submission when the same submit arrives five times at once',
    async () => {
      const token = await register();
      const headers = { 'x-participant': token };
      const attempt = await start(token);
      for (const q of attempt.questions) {
        await api(
          'PUT',
          `/api/public/attempts/${attempt.id}/answers/${q.id}`,
          { optionKeys: ['A'] },
          headers,
        );
      }
      const replies = await Promise.all(
        [1, 2, 3, 4, 5].map((prediction) =>
          api('POST', `/api/public/attempts/${attempt.id}/submit`, { prediction }, headers),
        ),
      );
      for (const reply of replies) {
        expect(reply.status).toBe(200);
        expect(reply.json).toEqual(replies[0]?.json);
      }
      const rows = await inDatabase(({ db }) =>
        db
          .selectFrom('quiz_attempts')
          .select(['id', 'submitted_at', 'prediction', 'correct'])
          .where('participant_id', '=', token.split('.')[0] as string)
          .execute(),
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]?.submitted_at?.toISOString()).toBe(replies[0]?.json.submittedAt);
      expect(rows[0]?.prediction).toBe(replies[0]?.json.prediction);
      expect(rows[0]?.correct).toBe(QUESTIONS);
    },
    RESTARTS_TIMEOUT_MS,
  );
});
