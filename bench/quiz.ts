// `npm run bench -- quiz`: starts the real server as a child process (embedded PGlite, then a
// throw-away PostgreSQL when the machine has one), sets up questions and a contest open today
// through the staff API, then plays participants on loopback with BENCH_CONCURRENCY (200) virtual
// participants: for BENCH_PREPARE_SECONDS each registers, starts an attempt and answers every
// question; then all the prepared attempts are submitted at the same concurrency. Prints completed
// attempts per second (whole flow), the submit throughput and its p50/p95/p99 latency, the answer
// latency, errors, and the req/s of the trivial route GET /api/live (no database) and of GET /api/health
// (one `select 1`), autocannon, same concurrency, same server, with the ratio submit/s ÷ live req/s;
// and /api/live driven by the participants' own node:http client (heavier than autocannon, on the same
// two cores) for a like-for-like ratio. JSON line last.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startLocalPostgres } from '../scripts/local-postgres.ts';
import { startServerProcess } from '../scripts/server-process.ts';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 200);
const PREPARE_SECONDS = Number(process.env.BENCH_PREPARE_SECONDS ?? 20);
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 5);
const HEALTH_SECONDS = Number(process.env.BENCH_HEALTH_SECONDS ?? 5);
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const ms = (n: number) => Math.round(n * 10) / 10;
// The global rate limit is per address: spread the load over many (the server trusts the proxy header).
const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

interface Response {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

function client(port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY + 10 });
  return (method: string, path: string, body?: object, headers: Record<string, string> = {}) =>
    new Promise<Response>((resolve, reject) => {
      const data = body ? JSON.stringify(body) : undefined;
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          agent,
          headers: { ...(data ? { 'content-type': 'application/json' } : {}), ...headers },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end(data);
    });
}

async function setUp(call: ReturnType<typeof client>) {
  const signIn = await call('POST', '/api/auth/sign-in', {
    username: 'tq.dieuphoi',
    password: 'LanToa@2026',
  });
  if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status} ${signIn.body}`);
  const cookie = String(signIn.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  const staff = { cookie, 'x-csrf-token': JSON.parse(signIn.body).csrfToken as string };
  const roots = JSON.parse((await call('GET', '/api/bodies/roots', undefined, staff)).body);
  const province = roots.items[0].id as string;
  const topic = 'Nghị quyết 57';
  for (let i = 0; i < QUESTIONS; i++) {
    const res = await call(
      'POST',
      '/api/quiz/questions',
      {
        bodyId: province,
        code: `B${i}`,
        topic,
        difficulty: 1,
        text: `Câu hỏi thử tải ${i}?`,
        explanation: '',
        options: [
          { key: 'A', text: 'Đúng', correct: true },
          { key: 'B', text: 'Sai', correct: false },
        ],
      },
      staff,
    );
    if (res.status !== 201) throw new Error(`question: ${res.status} ${res.body}`);
  }
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const created = await call(
    'POST',
    '/api/quiz/contests',
    {
      bodyId: province,
      title: 'Cuộc thi thử tải',
      eligibleGroups: ['citizens'],
      topicQuotas: [{ topic, count: QUESTIONS }],
      timeLimitSeconds: 3600,
      attemptsPerRound: 7,
      startsOn: today,
      weeks: 1,
    },
    staff,
  );
  if (created.status !== 201) throw new Error(`contest: ${created.status} ${created.body}`);
  const contestId = JSON.parse(created.body).id as string;
  const published = await call('POST', `/api/quiz/contests/${contestId}/publish`, { version: 1 }, staff);
  if (published.status !== 204) throw new Error(`publish: ${published.status} ${published.body}`);
  return { contestId, province };
}

interface Prepared {
  token: string;
  attemptId: string;
}

async function playParticipants(call: ReturnType<typeof client>, contestId: string, bodyId: string) {
  const answerLatency: number[] = [];
  const submitLatency: number[] = [];
  const errors: Record<string, number> = {};
  const fail = (what: string, res?: Response) => {
    const key = `${what} ${res?.status ?? 'network'}`;
    errors[key] = (errors[key] ?? 0) + 1;
  };
  let next = 0;
  const prepared: Prepared[] = [];
  const start = performance.now();
  const until = start + PREPARE_SECONDS * 1000;
  // Phase 1: register, start, answer every question.
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const n = next++;
        const ip = { 'x-forwarded-for': address(n) };
        try {
          const reg = await call(
            'POST',
            `/api/public/contests/${contestId}/register`,
            {
              fullName: `Thí sinh ${n}`,
              phone: '0912345678',
              citizenId: `001099${String(n).padStart(6, '0')}`,
              bodyId,
              group: 'citizens',
            },
            ip,
          );
          if (reg.status !== 200) {
            fail('register', reg);
            continue;
          }
          const token = JSON.parse(reg.body).token as string;
          const headers = { ...ip, 'x-participant': token };
          const started = await call(
            'POST',
            `/api/public/contests/${contestId}/attempts`,
            undefined,
            headers,
          );
          if (started.status !== 200) {
            fail('start', started);
            continue;
          }
          const attempt = JSON.parse(started.body) as { id: string; questions: { id: string }[] };
          let ok = true;
          for (const q of attempt.questions) {
            const t0 = performance.now();
            const res = await call(
              'PUT',
              `/api/public/attempts/${attempt.id}/answers/${q.id}`,
              { optionKeys: ['A'] },
              headers,
            );
            answerLatency.push(performance.now() - t0);
            if (res.status !== 200) {
              fail('answer', res);
              ok = false;
              break;
            }
          }
          if (ok) prepared.push({ token, attemptId: attempt.id });
        } catch {
          fail('request');
        }
      }
    }),
  );
  const prepareSeconds = (performance.now() - start) / 1000;
  // Phase 2: every prepared attempt submitted, CONCURRENCY at a time.
  let cursor = 0;
  let submitted = 0;
  const submitStart = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (cursor < prepared.length) {
        const p = prepared[cursor++] as Prepared;
        const t0 = performance.now();
        try {
          const res = await call(
            'POST',
            `/api/public/attempts/${p.attemptId}/submit`,
            { prediction: 1000 },
            { 'x-participant': p.token, 'x-forwarded-for': address(cursor) },
          );
          submitLatency.push(performance.now() - t0);
          if (res.status === 200 && JSON.parse(res.body).submittedAt) submitted++;
          else fail('submit', res);
        } catch {
          fail('submit');
        }
      }
    }),
  );
  const submitSeconds = (performance.now() - submitStart) / 1000;
  return {
    participants: next,
    completedAttempts: submitted,
    attemptsPerSecond: submitted / (prepareSeconds + submitSeconds),
    submitsPerSecond: submitted / submitSeconds,
    submitSeconds,
    submit: {
      p50: quantile(submitLatency, 0.5),
      p95: quantile(submitLatency, 0.95),
      p99: quantile(submitLatency, 0.99),
    },
    answer: {
      perSecond: answerLatency.length / prepareSeconds,
      p50: quantile(answerLatency, 0.5),
      p99: quantile(answerLatency, 0.99),
    },
    errors,
  };
}

async function trivialRoute(port: number, path: string) {
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    connections: CONCURRENCY,
    duration: HEALTH_SECONDS,
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, 'x-forwarded-for': address(i++ % 2000) },
        }),
      },
    ],
  });
  return {
    reqPerSecond: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** The trivial route driven by the same node:http client as the participants, for a like-for-like ratio. */
async function trivialWithClient(call: ReturnType<typeof client>) {
  let done = 0;
  let errors = 0;
  let n = 0;
  const until = performance.now() + HEALTH_SECONDS * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        // Spread over addresses as autocannon's run is, below the per-address rate limit.
        const res = await call('GET', '/api/live', undefined, {
          'x-forwarded-for': address(n++ % 2000),
        }).catch(() => null);
        if (res?.status === 200) done++;
        else errors++;
      }
    }),
  );
  return { reqPerSecond: done / ((performance.now() - start) / 1000), errors };
}

async function benchEngine(engine: string) {
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-bench-quiz-'));
  const pg = engine === 'postgres' ? await startLocalPostgres() : null;
  const server = await startServerProcess({
    LANTOA_DATA_DIR: dir,
    DATABASE_URL: pg?.url ?? '',
    LANTOA_LOG: '0',
    LANTOA_WEB_DIST: '/nonexistent',
    LANTOA_REGISTER_PER_MINUTE: '1000000',
    LANTOA_ATTEMPT_PER_MINUTE: '1000000',
    LANTOA_PUBLIC_PER_MINUTE: '1000000',
    // The participants' addresses are simulated with X-Forwarded-For, believed only from a trusted proxy.
    LANTOA_TRUSTED_PROXIES: '127.0.0.1',
  });
  const port = server.port;
  try {
    const call = client(port);
    const { contestId, province } = await setUp(call);
    const play = await playParticipants(call, contestId, province);
    const trivial = await trivialRoute(port, '/api/live');
    const health = await trivialRoute(port, '/api/health');
    const liveSameClient = await trivialWithClient(call);
    return {
      engine,
      ...play,
      live: trivial,
      health,
      liveSameClient,
      ratio: play.submitsPerSecond / trivial.reqPerSecond,
      ratioSameClient: play.submitsPerSecond / liveSameClient.reqPerSecond,
    };
  } finally {
    await server.stop();
    pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// The machines are shared: the load average says how noisy the figures are.
const loadBefore = loadavg()[0] ?? 0;
const results = [];
for (const engine of ENGINES) {
  if (engine === 'postgres') {
    try {
      results.push(await benchEngine(engine));
    } catch (error) {
      console.error(`PostgreSQL skipped: ${(error as Error).message}`);
    }
  } else results.push(await benchEngine(engine));
}

console.table(
  results.map((r) => ({
    engine: r.engine,
    'attempts/s': Math.round(r.attemptsPerSecond),
    'submits/s': Math.round(r.submitsPerSecond),
    'submit p50 ms': ms(r.submit.p50),
    'submit p95 ms': ms(r.submit.p95),
    'submit p99 ms': ms(r.submit.p99),
    'answers/s': Math.round(r.answer.perSecond),
    'answer p99 ms': ms(r.answer.p99),
    errors:
      Object.values(r.errors).reduce((a, b) => a + b, 0) +
      r.live.errors +
      r.health.errors +
      r.liveSameClient.errors,
    'live req/s': Math.round(r.live.reqPerSecond),
    'health req/s': Math.round(r.health.reqPerSecond),
    ratio: Math.round(r.ratio * 100) / 100,
  })),
);
console.log(
  JSON.stringify({
    bench: 'quiz',
    concurrency: CONCURRENCY,
    loadAverageBefore: Math.round(loadBefore * 100) / 100,
    questionsPerAttempt: QUESTIONS,
    engines: results.map((r) => ({
      engine: r.engine,
      participants: r.participants,
      completedAttempts: r.completedAttempts,
      attemptsPerSecond: Math.round(r.attemptsPerSecond),
      submitsPerSecond: Math.round(r.submitsPerSecond),
      submitMs: { p50: ms(r.submit.p50), p95: ms(r.submit.p95), p99: ms(r.submit.p99) },
      answersPerSecond: Math.round(r.answer.perSecond),
      answerMs: { p50: ms(r.answer.p50), p99: ms(r.answer.p99) },
      errors: r.errors,
      liveReqPerSecond: Math.round(r.live.reqPerSecond),
      healthReqPerSecond: Math.round(r.health.reqPerSecond),
      trivialErrors: r.live.errors + r.health.errors + r.liveSameClient.errors,
      submitToLiveRatio: Math.round(r.ratio * 1000) / 1000,
      liveSameClientReqPerSecond: Math.round(r.liveSameClient.reqPerSecond),
      submitToLiveSameClientRatio: Math.round(r.ratioSameClient * 1000) / 1000,
    })),
  }),
);
