// Several server instances on one PostgreSQL server behind HAProxy, as docs/deploy.md runs them: two
// real server processes started together, HAProxy on loopback in front (scripts/haproxy.ts, the
// configuration of the guide), quiz participants playing through it while one instance is killed
// with SIGKILL. Afterwards every answer and submission that was acknowledged is in the database, no
// participant has two submissions, the sign-in limit held across the instances, and the day's job
// was queued once although both instances queued it at their start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../apps/server/src/seed/demo-data.ts';
import { pinClock } from '../apps/server/test/support/clock.ts';
import { type RunningHaproxy, startHaproxy } from '../scripts/haproxy.ts';
import { type ServerProcess, startServerProcess } from '../scripts/server-process.ts';
import { call, callRetrying, type RetryCounts } from './support/client.ts';
import { type ClusterDatabase, demoClusterDatabase } from './support/database.ts';

/** The instant the test runs at, on the servers and in the demo data: a weekday of an open round. */
const TEST_NOW = '2026-11-18T09:00:00+07:00';
const TEST_DAY = '2026-11-18';
const SIGN_IN_LIMIT = 4;
const PARTICIPANTS = 48;
const QUESTIONS = 3;
/** One instance is killed once this many submissions have been acknowledged. */
const KILL_AFTER = 16;

let database: ClusterDatabase;
let dataDir: string;
let servers: ServerProcess[] = [];
let haproxy: RunningHaproxy;
let front = '';

beforeAll(async () => {
  pinClock(TEST_NOW);
  database = await demoClusterDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'lantoa-cluster-'));
  const env = {
    DATABASE_URL: database.url,
    LANTOA_DATA_DIR: dataDir,
    LANTOA_SEED_DEMO: '0',
    LANTOA_LOG: '0',
    LANTOA_WEB_DIST: '/nonexistent',
    LANTOA_TRUSTED_PROXIES: '127.0.0.1',
    LANTOA_SIGNIN_PER_MINUTE: String(SIGN_IN_LIMIT),
  };
  // Started together: each queues the day's jobs at its start.
  servers = await Promise.all([1, 2].map(() => startServerProcess(env, { clock: TEST_NOW })));
  haproxy = await startHaproxy({ backends: servers.map((s) => ({ host: '127.0.0.1', port: s.port })) });
  front = `http://127.0.0.1:${haproxy.port}`;
}, 180_000);

afterAll(async () => {
  await haproxy?.stop();
  for (const server of servers) await server.stop();
  await database?.dispose();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const wrongPassword = (base: string, address: string) =>
  call(base, 'POST', '/api/auth/sign-in', {
    body: { username: 'khong.co.ai', password: 'sai mật khẩu' },
    headers: { 'x-forwarded-for': address },
  });

describe('two instances behind HAProxy on one PostgreSQL server', () => {
  it('queue the day’s job once although both started together', async () => {
    const { rows } = await sql<{ kind: string; count: number }>`
      select kind, count(*)::int as count from jobs where payload->>'date' = ${TEST_DAY} group by kind
      order by kind`.execute(database.handle.db);
    expect(rows).toEqual([
      { kind: 'channels.read_feeds', count: 1 },
      { kind: 'reminders.scan', count: 1 },
    ]);
  });

  it('hold the sign-in limit across instances', async () => {
    const [one, other] = servers as [ServerProcess, ServerProcess];
    // Alternating between the instances, each sees only half the attempts: the one past the limit
    // is refused all the same.
    const direct = [];
    for (let i = 0; i < SIGN_IN_LIMIT; i++)
      direct.push((await wrongPassword((i % 2 ? other : one).baseUrl, '198.51.100.9')).status);
    expect(direct).toEqual(Array(SIGN_IN_LIMIT).fill(401));
    const past = await wrongPassword(front, '198.51.100.9');
    expect(past.status).toBe(429);
    expect(past.json.error).toMatchObject({ code: 'rate_limited' });

    // Through HAProxy (round robin), from a client address HAProxy forwards.
    const proxied = [];
    for (let i = 0; i <= SIGN_IN_LIMIT; i++)
      proxied.push((await wrongPassword(front, '198.51.100.10')).status);
    expect(proxied).toEqual([...Array(SIGN_IN_LIMIT).fill(401), 429]);
    console.log(
      `sign-in limit ${SIGN_IN_LIMIT}/min: attempts ${direct.join(',')} then ${past.status}; proxied ${proxied.join(',')}`,
    );
  });

  it('keep every acknowledged answer and submission when an instance is killed mid-load', async () => {
    const contest = await publishContest();
    const counts: RetryCounts = { retried: 0, networkErrors: 0, serverErrors: {} };
    const answers = new Map<string, string[]>(); // `${attempt}:${question}` → option keys acknowledged
    const submissions = new Map<string, string>(); // attempt → submittedAt acknowledged
    const participants = new Map<string, string>(); // attempt → participant
    let killedAt = -1;
    const started = performance.now();

    const play = async (n: number) => {
      const address = { 'x-forwarded-for': `10.77.${n >> 8}.${n & 255}` };
      const reg = await callRetrying(
        counts,
        front,
        'POST',
        `/api/public/contests/${contest.contestId}/register`,
        {
          body: {
            fullName: `Thí sinh ${n}`,
            phone: '0912345678',
            citizenId: `001099${String(n).padStart(6, '0')}`,
            bodyId: contest.commune,
            group: 'citizens',
          },
          headers: address,
        },
      );
      expect(reg.status, JSON.stringify(reg.json)).toBe(200);
      const headers = { ...address, 'x-participant': reg.json.token as string };
      const attempt = await callRetrying(
        counts,
        front,
        'POST',
        `/api/public/contests/${contest.contestId}/attempts`,
        {
          headers,
        },
      );
      expect(attempt.status, JSON.stringify(attempt.json)).toBe(200);
      const attemptId = attempt.json.id as string;
      participants.set(attemptId, (reg.json.token as string).split('.')[0] as string);
      for (const [k, question] of (attempt.json.questions as { id: string }[]).entries()) {
        const optionKeys = (n + k) % 2 === 0 ? ['A'] : ['B'];
        const res = await callRetrying(
          counts,
          front,
          'PUT',
          `/api/public/attempts/${attemptId}/answers/${question.id}`,
          {
            body: { optionKeys },
            headers,
          },
        );
        expect(res.status, JSON.stringify(res.json)).toBe(200);
        answers.set(`${attemptId}:${question.id}`, optionKeys);
      }
      const submitted = await callRetrying(
        counts,
        front,
        'POST',
        `/api/public/attempts/${attemptId}/submit`,
        {
          body: { prediction: n },
          headers,
        },
      );
      expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
      submissions.set(attemptId, submitted.json.submittedAt as string);
      if (submissions.size === KILL_AFTER) {
        killedAt = submissions.size;
        servers[0]?.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: PARTICIPANTS }, (_, n) => play(n)));
    const seconds = (performance.now() - started) / 1000;
    expect(killedAt).toBe(KILL_AFTER);
    await servers[0]?.exited;

    const db = database.handle.db;
    const attempts = await db
      .selectFrom('quiz_attempts')
      .select(['id', 'participant_id', 'submitted_at'])
      .where(
        'round_id',
        'in',
        db.selectFrom('quiz_rounds').select('id').where('contest_id', '=', contest.contestId),
      )
      .execute();
    const submittedAt = new Map(attempts.map((a) => [a.id, a.submitted_at?.toISOString() ?? null]));
    for (const [id, at] of submissions) expect(submittedAt.get(id), `submission ${id}`).toBe(at);
    const kept = await db
      .selectFrom('quiz_answers')
      .select(['attempt_id', 'question_id', 'option_keys'])
      .execute();
    const keptAnswers = new Map(kept.map((a) => [`${a.attempt_id}:${a.question_id}`, a.option_keys]));
    for (const [key, optionKeys] of answers)
      expect(keptAnswers.get(key), `answer ${key}`).toEqual(optionKeys);

    // One attempt a round in this contest: a participant with two submitted attempts would be a
    // submission taken twice.
    const submittedBy = new Map<string, number>();
    for (const a of attempts)
      if (a.submitted_at) submittedBy.set(a.participant_id, (submittedBy.get(a.participant_id) ?? 0) + 1);
    expect([...submittedBy.values()].filter((count) => count > 1)).toEqual([]);
    expect(submittedBy.size).toBe(PARTICIPANTS);
    expect(new Set(participants.values()).size).toBe(PARTICIPANTS);

    // The surviving instance serves on alone.
    expect((await call(front, 'GET', '/api/live')).status).toBe(200);
    console.log(
      `multi-instance: ${PARTICIPANTS} participants in ${seconds.toFixed(1)} s, instance 1 killed after ` +
        `${killedAt} submissions; acknowledged ${answers.size} answers and ${submissions.size} submissions, all ` +
        `stored; retried ${counts.retried} requests (network errors ${counts.networkErrors}, ` +
        `5xx ${JSON.stringify(counts.serverErrors)})`,
    );
  });
});

/**
 * As the province's coordinator, through HAProxy (the session alternates between the instances):
 * three questions and a contest of one attempt a round, open on the test's day.
 */
async function publishContest() {
  const staffAddress = { 'x-forwarded-for': '198.51.100.200' };
  const signIn = await call(front, 'POST', '/api/auth/sign-in', {
    body: { username: 'tq.dieuphoi', password: DEMO_PASSWORD },
    headers: staffAddress,
  });
  expect(signIn.status).toBe(200);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const staff = { ...staffAddress, cookie, 'x-csrf-token': signIn.json.csrfToken as string };
  const province = await bodyId('08');
  const commune = await bodyId('02353');
  const topic = 'Cụm máy chủ';
  for (let i = 0; i < QUESTIONS; i++) {
    const res = await call(front, 'POST', '/api/quiz/questions', {
      body: {
        bodyId: province,
        code: `CL${i}`,
        topic,
        difficulty: 1,
        text: `Câu hỏi cụm máy chủ ${i}?`,
        explanation: '',
        options: [
          { key: 'A', text: 'Đúng', correct: true },
          { key: 'B', text: 'Sai', correct: false },
        ],
      },
      headers: staff,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
  }
  const created = await call(front, 'POST', '/api/quiz/contests', {
    body: {
      bodyId: province,
      title: 'Cuộc thi của cụm máy chủ',
      eligibleGroups: ['citizens'],
      topicQuotas: [{ topic, count: QUESTIONS }],
      timeLimitSeconds: 3600,
      attemptsPerRound: 1,
      startsOn: TEST_DAY,
      weeks: 1,
    },
    headers: staff,
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const contestId = created.json.id as string;
  const published = await call(front, 'POST', `/api/quiz/contests/${contestId}/publish`, {
    body: { version: 1 },
    headers: staff,
  });
  expect(published.status, JSON.stringify(published.json)).toBe(204);
  return { contestId, commune };
}

async function bodyId(code: string): Promise<string> {
  const body = await database.handle.db
    .selectFrom('bodies')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return body.id;
}
