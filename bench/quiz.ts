// `npm run bench -- quiz`: the quiz rush. Starts the real server as child processes and plays
// BENCH_CONCURRENCY (200) virtual participants on loopback for BENCH_SECONDS (20, after
// BENCH_WARMUP_SECONDS (3) not counted), each playing whole
// attempts one after another as the contest page does: register → start → answers in batches of
// BENCH_ANSWER_BATCH (3) → submit with the answers not sent yet (BENCH_ANSWER_BATCH=0: one PUT per
// answer, then the submit alone, the page's flow before batches). Four set-ups (BENCH_SETUPS):
// `pglite` and `postgres`, one instance; `haproxy`, two instances on one PostgreSQL behind HAProxy;
// `haproxy-one`, one instance behind the same HAProxy (the proxy's own cost, apart from a second
// instance's: on two cores the second instance competes with the first, PostgreSQL, HAProxy and the
// load generator for the same CPU).
// Prints complete attempts per second and its ratio to the trivial route's req/s (GET /api/live, no
// database; autocannon, same concurrency, same entry point, measured in the same run right after),
// the latency of each step (p50/p95/p99), errors, and /api/live driven by the participants' own
// node:http client (heavier than autocannon, on the same two cores) for a like-for-like ratio.
// The load generator runs on the same machine: on a shared machine the figures are noisy (the load
// average before each set-up is printed). JSON line last.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startHaproxy } from '../scripts/haproxy.ts';
import { type LocalPostgres, startLocalPostgres } from '../scripts/local-postgres.ts';
import { type ServerProcess, startServerProcess } from '../scripts/server-process.ts';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 5);
const ANSWER_BATCH = Number(process.env.BENCH_ANSWER_BATCH ?? 3);
const HEALTH_SECONDS = Number(process.env.BENCH_HEALTH_SECONDS ?? 5);
// A cold server answers its first burst slowly (code not yet optimised, first queries planned): the
// first seconds are played but not counted.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const SETUPS = (
  process.env.BENCH_SETUPS ??
  process.env.BENCH_ENGINES ??
  'pglite,postgres,haproxy,haproxy-one'
).split(',');

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const ms = (n: number) => Math.round(n * 10) / 10;
const percentiles = (xs: number[]) => ({
  p50: ms(quantile(xs, 0.5)),
  p95: ms(quantile(xs, 0.95)),
  p99: ms(quantile(xs, 0.99)),
});
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
type Call = ReturnType<typeof client>;

async function setUp(call: Call) {
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

/** Participants playing whole attempts, CONCURRENCY at once, for `seconds`. */
async function playParticipants(
  call: Call,
  contestId: string,
  bodyId: string,
  seconds: number,
  first: number,
) {
  const latency = {
    register: [] as number[],
    start: [] as number[],
    answer: [] as number[],
    submit: [] as number[],
  };
  const errors: Record<string, number> = {};
  const fail = (what: string, res?: Response) => {
    const key = `${what} ${res?.status ?? 'network'}`;
    errors[key] = (errors[key] ?? 0) + 1;
  };
  const timed = async (step: keyof typeof latency, request: Promise<Response>) => {
    const t0 = performance.now();
    const res = await request;
    latency[step].push(performance.now() - t0);
    return res;
  };
  let next = first;
  let completed = 0;
  let requests = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const n = next++;
        const ip = { 'x-forwarded-for': address(n) };
        try {
          requests++;
          const reg = await timed(
            'register',
            call(
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
            ),
          );
          if (reg.status !== 200) {
            fail('register', reg);
            continue;
          }
          const headers = { ...ip, 'x-participant': JSON.parse(reg.body).token as string };
          requests++;
          const started = await timed(
            'start',
            call('POST', `/api/public/contests/${contestId}/attempts`, undefined, headers),
          );
          if (started.status !== 200) {
            fail('start', started);
            continue;
          }
          const attempt = JSON.parse(started.body) as { id: string; questions: { id: string }[] };
          const answers = attempt.questions.map((q) => ({ questionId: q.id, optionKeys: ['A'] }));
          let unsent = answers;
          let ok = true;
          if (ANSWER_BATCH <= 0) {
            for (const answer of answers) {
              requests++;
              const res = await timed(
                'answer',
                call(
                  'PUT',
                  `/api/public/attempts/${attempt.id}/answers/${answer.questionId}`,
                  { optionKeys: answer.optionKeys },
                  headers,
                ),
              );
              if (res.status !== 200) {
                fail('answer', res);
                ok = false;
                break;
              }
            }
            unsent = [];
          } else {
            // The page sends a batch once ANSWER_BATCH answers wait; the rest go with the submission.
            while (ok && unsent.length >= ANSWER_BATCH) {
              const batch = unsent.slice(0, ANSWER_BATCH);
              requests++;
              const res = await timed(
                'answer',
                call('POST', `/api/public/attempts/${attempt.id}/answers`, { answers: batch }, headers),
              );
              if (res.status !== 200) {
                fail('answer', res);
                ok = false;
              }
              unsent = unsent.slice(ANSWER_BATCH);
            }
          }
          if (!ok) continue;
          requests++;
          const res = await timed(
            'submit',
            call(
              'POST',
              `/api/public/attempts/${attempt.id}/submit`,
              { prediction: 1000, ...(unsent.length ? { answers: unsent } : {}) },
              headers,
            ),
          );
          if (res.status === 200 && JSON.parse(res.body).submittedAt) completed++;
          else fail('submit', res);
        } catch {
          fail('request');
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  return {
    participants: next - first,
    completedAttempts: completed,
    attemptsPerSecond: completed / elapsed,
    requestsPerAttempt: completed ? requests / completed : 0,
    register: percentiles(latency.register),
    start: percentiles(latency.start),
    answer: percentiles(latency.answer),
    submit: percentiles(latency.submit),
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
async function trivialWithClient(call: Call) {
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

const SERVER_ENV = {
  LANTOA_LOG: '0',
  LANTOA_WEB_DIST: '/nonexistent',
  LANTOA_REGISTER_PER_MINUTE: '1000000',
  LANTOA_ATTEMPT_PER_MINUTE: '1000000',
  LANTOA_PUBLIC_PER_MINUTE: '1000000',
  // The participants' addresses are simulated with X-Forwarded-For, believed only from a trusted proxy.
  LANTOA_TRUSTED_PROXIES: '127.0.0.1',
};

/** The servers of a set-up and the port the participants call (HAProxy's with two instances). */
async function startSetUp(setup: string, cleanup: (() => Promise<void> | void)[]) {
  const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'lantoa-bench-quiz-')));
  cleanup.push(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  let pg: LocalPostgres | null = null;
  if (setup !== 'pglite') {
    pg = await startLocalPostgres();
    cleanup.push(() => pg?.stop());
  }
  const start = async (dir: string) => {
    const server: ServerProcess = await startServerProcess(
      { ...SERVER_ENV, LANTOA_DATA_DIR: dir, DATABASE_URL: pg?.url ?? '' },
      // The first start seeds the demo: minutes on a busy shared machine.
      { timeoutMs: 600_000 },
    );
    cleanup.push(() => server.stop());
    return server;
  };
  // One after the other: the first migrates and seeds the database the second finds ready.
  const first = await start(dirs[0] as string);
  if (!setup.startsWith('haproxy')) return { port: first.port, instances: 1 };
  const servers = setup === 'haproxy-one' ? [first] : [first, await start(dirs[1] as string)];
  const proxy = await startHaproxy({
    backends: servers.map((s) => ({ host: '127.0.0.1', port: s.port })),
  });
  cleanup.push(() => proxy.stop());
  return { port: proxy.port, instances: servers.length };
}

async function benchSetUp(setup: string) {
  const cleanup: (() => Promise<void> | void)[] = [];
  try {
    const loadBefore = loadavg()[0] ?? 0;
    const { port, instances } = await startSetUp(setup, cleanup);
    const call = client(port);
    const { contestId, province } = await setUp(call);
    const warmUp = await playParticipants(call, contestId, province, WARMUP_SECONDS, 0);
    const play = await playParticipants(call, contestId, province, SECONDS, warmUp.participants);
    const live = await trivialRoute(port, '/api/live');
    const liveSameClient = await trivialWithClient(call);
    return {
      setup,
      instances,
      loadAverageBefore: Math.round(loadBefore * 100) / 100,
      ...play,
      live,
      liveSameClient,
      ratio: play.attemptsPerSecond / live.reqPerSecond,
      ratioSameClient: play.attemptsPerSecond / liveSameClient.reqPerSecond,
    };
  } finally {
    for (const step of cleanup.reverse()) await step();
  }
}

const results: Awaited<ReturnType<typeof benchSetUp>>[] = [];
for (const setup of SETUPS) {
  try {
    results.push(await benchSetUp(setup));
  } catch (error) {
    if (setup === 'pglite') throw error;
    // PostgreSQL or HAProxy missing on this machine.
    console.error(`${setup} skipped: ${(error as Error).message}`);
  }
}

const errorCount = (r: (typeof results)[number]) =>
  Object.values(r.errors).reduce((a, b) => a + b, 0) + r.live.errors + r.liveSameClient.errors;
console.table(
  results.map((r) => ({
    setup: r.setup,
    'attempts/s': Math.round(r.attemptsPerSecond),
    'req/attempt': Math.round(r.requestsPerAttempt * 10) / 10,
    'live req/s': Math.round(r.live.reqPerSecond),
    ratio: Math.round(r.ratio * 1000) / 1000,
    'answer p50/p95/p99 ms': `${r.answer.p50} / ${r.answer.p95} / ${r.answer.p99}`,
    'submit p50/p95/p99 ms': `${r.submit.p50} / ${r.submit.p95} / ${r.submit.p99}`,
    'register p99': r.register.p99,
    'start p99': r.start.p99,
    errors: errorCount(r),
    load: r.loadAverageBefore,
  })),
);
console.log(
  JSON.stringify({
    bench: 'quiz',
    concurrency: CONCURRENCY,
    seconds: SECONDS,
    questionsPerAttempt: QUESTIONS,
    answerBatch: ANSWER_BATCH,
    setups: results.map((r) => ({
      setup: r.setup,
      instances: r.instances,
      loadAverageBefore: r.loadAverageBefore,
      participants: r.participants,
      completedAttempts: r.completedAttempts,
      attemptsPerSecond: Math.round(r.attemptsPerSecond),
      requestsPerAttempt: Math.round(r.requestsPerAttempt * 10) / 10,
      liveReqPerSecond: Math.round(r.live.reqPerSecond),
      attemptsToLiveRatio: Math.round(r.ratio * 1000) / 1000,
      liveSameClientReqPerSecond: Math.round(r.liveSameClient.reqPerSecond),
      attemptsToLiveSameClientRatio: Math.round(r.ratioSameClient * 1000) / 1000,
      registerMs: r.register,
      startMs: r.start,
      answerMs: r.answer,
      submitMs: r.submit,
      errors: r.errors,
      trivialErrors: r.live.errors + r.liveSameClient.errors,
    })),
  }),
);
