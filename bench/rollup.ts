// `npm run bench -- rollup`: builds a national data set (34 provinces, 3,321 communes, 25 departments
// per province, 24 indicators, 10 periods, every body reporting every indicator; every commune with a
// digital team of 50 named members, about 60 % of them trained at a course of their province) and
// prints the p50 and p95 latency of the live roll-up of one indicator at the country and at a province
// (total and per child, apart and in the one scan the route reads), and of the computed "members
// trained" indicator at the country, by province and at a province, the database size and the process
// memory. Then the same roll-ups as the staff app asks them, through the real server (a child process,
// over a socket, signed in as a national coordinator): GET /api/indicators/:id/rollup at the country
// and at a province, on each basis, and of the computed indicator at the country, with p50/p95/p99 and
// the answer's size, beside a signed-in route that reads only the session (the same run's yardstick:
// the machine may be shared; the load average before and after is printed too). On embedded PGlite
// and, when the machine has PostgreSQL, on a throw-away server (BENCH_ENGINES=pglite,postgres). JSON
// line last.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { hashPassword } from '../apps/server/src/auth/passwords.ts';
import { audienceMeasures } from '../apps/server/src/use-cases/training/audience-measures.ts';
import {
  type DatabaseHandle,
  findBodyByCode,
  importAdministrativeUnits,
  insertBodies,
  migrateToLatest,
  openDatabase,
  openPGlite,
  rollUpAt,
  rollUpByChild,
  rollUpWithChildren,
} from '../packages/db/src/index.ts';
import { standardProvincialBodies } from '../packages/domain/src/index.ts';
import { startLocalPostgres } from '../scripts/local-postgres.ts';
import { startServerProcess } from '../scripts/server-process.ts';
import { measure, ms, quantile, timesOf } from './timing.ts';

const INDICATORS = 24;
const PERIODS = 10;
const DEPARTMENTS = 25;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const HTTP_ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 200);
const TEAM_MEMBERS = 50;
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
// The reader: a coordinator of the whole country, as the ministry's staff who read the national map.
const READER = { username: 'bench.quocgia', password: 'LanToa@Bench-2026' };
// The server's clock: after the 2026-H2 period closed, so the computed indicator reads it as it
// stood at its close (the same figure whatever day the bench is run).
const SERVER_CLOCK = '2027-03-01T09:00:00+07:00';

async function build(handle: DatabaseHandle) {
  const { db } = handle;
  await migrateToLatest(db);
  await importAdministrativeUnits(db);
  const country = await db
    .selectFrom('bodies')
    .selectAll()
    .where('kind', '=', 'country')
    .executeTakeFirstOrThrow();
  const provinces = await db.selectFrom('bodies').selectAll().where('kind', '=', 'province').execute();
  await db.transaction().execute(async (trx) => {
    for (const province of provinces) {
      const standard = standardProvincialBodies(province.name).filter((b) => b.kind === 'department');
      const departments = Array.from(
        { length: DEPARTMENTS },
        (_, i) => standard[i] ?? { kind: 'department' as const, name: `Sở thứ ${i + 1}` },
      );
      await insertBodies(
        trx,
        province,
        departments.map((d) => ({ kind: 'department' as const, name: d.name })),
      );
    }
  });
  const plan = await db
    .insertInto('plans')
    .values({
      body_id: country.id,
      title: 'Kế hoạch thử tải',
      start_year: 2026,
      end_year: 2030,
      extract: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('indicators')
    .values(
      Array.from({ length: INDICATORS }, (_, i) => ({
        plan_id: plan.id,
        position: i,
        name: `Chỉ tiêu ${i + 1}`,
        numerator_label: 'Số đạt',
        denominator_label: 'Tổng số',
      })),
    )
    .execute();
  await db
    .insertInto('reporting_periods')
    .values(
      Array.from({ length: PERIODS }, (_, i) => {
        const year = 2026 + Math.floor(i / 2);
        const h = (i % 2) + 1;
        return {
          id: randomUUID(),
          plan_id: plan.id,
          key: `${year}-H${h}`,
          label: `${h === 1 ? '6 tháng đầu' : '6 tháng cuối'} năm ${year}`,
          kind: 'half_year',
          data_from: h === 1 ? `${year - 1}-12-15` : `${year}-06-15`,
          data_to: h === 1 ? `${year}-06-14` : `${year}-12-14`,
          due_on: h === 1 ? `${year}-06-01` : `${year}-12-01`,
        };
      }),
    )
    .execute();
  // Every commune and department reports every indicator in every period, accepted.
  await sql`insert into reports (period_id, body_id, status)
    select p.id, b.id, 'accepted' from reporting_periods p cross join bodies b
    where p.plan_id = ${plan.id} and b.kind in ('commune', 'department')`.execute(db);
  await sql`insert into indicator_values (report_id, indicator_id, period_id, body_id, numerator, denominator)
    select r.id, i.id, r.period_id, r.body_id, floor(random() * d.den), d.den
    from reports r cross join indicators i
    cross join lateral (select 100 + floor(random() * 900) as den) d
    where i.plan_id = ${plan.id}`.execute(db);
  // The training records: 50 members per commune, a course per province, ~60 % attended.
  await sql`insert into roster_people (body_id, audience, full_name, village)
    select b.id, 'digital_team', 'Thành viên ' || g, 'Thôn ' || (g % 7)
    from bodies b cross join generate_series(1, ${TEAM_MEMBERS}) g where b.kind = 'commune'`.execute(db);
  await sql`insert into courses (organiser_body_id, kind, topic, audiences, starts_on, ends_on)
    select p.id, 'training', 'Tập huấn kỹ năng số', array['digital_team'], '2026-05-04', '2026-05-05'
    from bodies p where p.kind = 'province'`.execute(db);
  await sql`insert into course_participants (course_id, person_id, body_id, attended_at, attendance_method)
    select c.id, person.id, person.body_id, '2026-05-04T09:00:00+07:00', 'ticked'
    from roster_people person
    join bodies b on b.id = person.body_id
    join courses c on c.organiser_body_id = b.parent_id
    where random() < 0.6`.execute(db);
  // The computed indicator of the same plan: the share of digital-team members trained.
  const trainedIndicator = await db
    .insertInto('indicators')
    .values({
      plan_id: plan.id,
      position: INDICATORS,
      name: 'Tỷ lệ thành viên tổ công nghệ số được tập huấn',
      numerator_label: 'Số được tập huấn',
      denominator_label: 'Tổng số thành viên',
      source: 'computed',
      computed_kind: 'audience_trained',
      computed_audience: 'digital_team',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const reader = await db
    .insertInto('users')
    .values({
      body_id: country.id,
      username: READER.username,
      full_name: 'Chuyên viên Bộ',
      password_hash: await hashPassword(READER.password),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('role_grants')
    .values({ user_id: reader.id, role: 'coordinator', scope_body_id: country.id })
    .execute();
  await sql`analyze`.execute(db);
  const counts = await sql<{ bodies: number; values: number; size: number }>`
    select (select count(*) from bodies) as bodies, (select count(*) from indicator_values) as values,
           pg_database_size(current_database()) as size`.execute(db);
  const indicator = await db
    .selectFrom('indicators')
    .select('id')
    .where('plan_id', '=', plan.id)
    .orderBy('position')
    .executeTakeFirstOrThrow();
  const period = await db
    .selectFrom('reporting_periods')
    .select('id')
    .where('plan_id', '=', plan.id)
    .orderBy('due_on', 'desc')
    .executeTakeFirstOrThrow();
  const closedPeriod = await db
    .selectFrom('reporting_periods')
    .select('id')
    .where('plan_id', '=', plan.id)
    .where('key', '=', '2026-H2')
    .executeTakeFirstOrThrow();
  const tuyenQuang = await findBodyByCode(db, '08');
  if (!tuyenQuang) throw new Error('Tuyên Quang missing');
  return {
    country,
    province: tuyenQuang,
    indicatorId: indicator.id,
    periodId: period.id,
    trainedIndicatorId: trainedIndicator.id,
    closedPeriodId: closedPeriod.id,
    ...(counts.rows[0] as { bodies: number; values: number; size: number }),
  };
}

type Built = Awaited<ReturnType<typeof build>>;

/** The roll-up's queries straight on the database, as the use case calls them. */
async function repositoryFigures(handle: DatabaseHandle, data: Built) {
  console.log('  repository:');
  // The live view (submitted reports too), the wider of the two bases.
  const q = {
    indicatorId: data.indicatorId,
    periodId: data.periodId,
    basis: 'submitted' as const,
    reportedBy: [],
  };
  const national = await measure(
    'national (country total)',
    () => rollUpAt(handle.db, { ...q, path: data.country.path }),
    { rounds: ROUNDS, warmups: 5 },
  );
  const nationalByProvince = await measure(
    'national by province (34)',
    () => rollUpByChild(handle.db, { ...q, parent: data.country }),
    { rounds: ROUNDS, warmups: 5 },
  );
  const provincial = await measure(
    'provincial (Tuyên Quang total)',
    () => rollUpAt(handle.db, { ...q, path: data.province.path }),
    { rounds: ROUNDS, warmups: 5 },
  );
  const provincialByChild = await measure(
    'provincial by commune/department',
    () => rollUpByChild(handle.db, { ...q, parent: data.province }),
    { rounds: ROUNDS, warmups: 5 },
  );
  // What the roll-up route reads: the total and every child's sums in one scan.
  const nationalOneScan = await measure(
    'national total + by province, one scan',
    () => rollUpWithChildren(handle.db, { ...q, parent: data.country }),
    { rounds: ROUNDS, warmups: 5 },
  );
  const provincialOneScan = await measure(
    'provincial total + by child, one scan',
    () => rollUpWithChildren(handle.db, { ...q, parent: data.province }),
    { rounds: ROUNDS, warmups: 5 },
  );
  // The computed indicator reads the records at the period's end, per body then Σ/Σ.
  const trainedAt = (path: string) =>
    audienceMeasures(handle.db, { path, to: '2026-12-14', audience: 'digital_team', trainedOnly: true });
  const trainedNational = await measure('members trained: national', () => trainedAt(data.country.path), {
    rounds: ROUNDS,
    warmups: 3,
  });
  // The map and "by body" chart: one computed value per province, as getRollUp reads them (every
  // province in one pass, computedValuesByChild).
  const trainedByProvince = await measure(
    'members trained: by province (34)',
    () =>
      audienceMeasures(handle.db, {
        path: data.country.path,
        to: '2026-12-14',
        audience: 'digital_team',
        trainedOnly: true,
        byChildOf: data.country,
      }),
    { rounds: ROUNDS, warmups: 3 },
  );
  const trainedProvincial = await measure(
    'members trained: Tuyên Quang',
    () => trainedAt(data.province.path),
    {
      rounds: ROUNDS,
      warmups: 3,
    },
  );
  const [trained] = await trainedAt(data.country.path);
  const check = await rollUpAt(handle.db, { ...q, path: data.country.path });
  return {
    reporting_bodies_counted: check.reporting,
    national,
    national_by_province: nationalByProvince,
    provincial,
    provincial_by_child: provincialByChild,
    national_one_scan: nationalOneScan,
    provincial_one_scan: provincialOneScan,
    trained_members: trained ?? null,
    trained_national: trainedNational,
    trained_by_province: trainedByProvince,
    trained_provincial: trainedProvincial,
    rss_mb: Math.round(process.memoryUsage().rss / 1048576),
  };
}

interface Answer {
  status: number;
  /** Bytes on the wire (compressed when the server compressed them). */
  bytes: number;
  encoding: string;
  text: string;
}

/** A browser-like GET on a kept-alive connection; the time runs to the answer's last byte. */
function getter(port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return (path: string, headers: Record<string, string> = {}) =>
    new Promise<Answer>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path,
          agent,
          headers: { 'accept-encoding': 'gzip, deflate, br, zstd', ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const body = Buffer.concat(chunks);
            const encoding = String(res.headers['content-encoding'] ?? 'identity');
            resolve({ status: res.statusCode ?? 0, bytes: body.length, encoding, text: body.toString() });
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
}

async function signIn(port: number) {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(READER),
  });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  return String(res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** p50/p95/p99 of `rounds` timed GETs of `path` (after warm-ups), with the answer's size. */
async function timedGets(
  label: string,
  get: ReturnType<typeof getter>,
  path: string,
  cookie: string,
  { rounds, warmups }: { rounds: number; warmups: number },
) {
  let last: Answer | null = null;
  const run = async () => {
    last = await get(path, { cookie });
    if (last.status !== 200) throw new Error(`${path}: ${last.status} ${last.text.slice(0, 500)}`);
  };
  const times = await timesOf(run, { rounds, warmups });
  const answer = last as Answer | null;
  const result = {
    p50_ms: ms(quantile(times, 0.5)),
    p95_ms: ms(quantile(times, 0.95)),
    p99_ms: ms(quantile(times, 0.99)),
    bytes: answer?.bytes ?? 0,
    encoding: answer?.encoding ?? '',
  };
  console.log(
    `  ${label.padEnd(40)} p50 ${result.p50_ms} ms   p95 ${result.p95_ms} ms   p99 ${result.p99_ms} ms   ${result.bytes} B ${result.encoding}`,
  );
  return result;
}

/**
 * The roll-up as the staff app asks it, through the real server started on the built database:
 * at the country (its total and the 34 provinces) and at a province (its total, communes and
 * departments), on each basis; the computed indicator at the country (its 34 provinces computed).
 */
async function httpFigures(env: Record<string, string>, data: Built) {
  console.log('  through HTTP (GET /api/indicators/:id/rollup):');
  const server = await startServerProcess(
    {
      ...env,
      LANTOA_LOG: '0',
      LANTOA_SEED_DEMO: '0',
      LANTOA_WEB_DIST: '/nonexistent',
      LANTOA_API_PER_MINUTE: '1000000',
    },
    { clock: SERVER_CLOCK },
  );
  try {
    const cookie = await signIn(server.port);
    const get = getter(server.port);
    const rollup = (indicatorId: string, periodId: string, bodyId: string, basis: string) =>
      `/api/indicators/${indicatorId}/rollup?periodId=${periodId}&bodyId=${bodyId}&basis=${basis}`;
    const reported = (bodyId: string, basis: string) =>
      rollup(data.indicatorId, data.periodId, bodyId, basis);
    const opts = { rounds: HTTP_ROUNDS, warmups: 10 };
    const figures = {
      national_submitted: await timedGets(
        'national, submitted (34 provinces)',
        get,
        reported(data.country.id, 'submitted'),
        cookie,
        opts,
      ),
      national_accepted: await timedGets(
        'national, accepted (34 provinces)',
        get,
        reported(data.country.id, 'accepted'),
        cookie,
        opts,
      ),
      provincial_submitted: await timedGets(
        'Tuyên Quang, submitted (its bodies)',
        get,
        reported(data.province.id, 'submitted'),
        cookie,
        opts,
      ),
      provincial_accepted: await timedGets(
        'Tuyên Quang, accepted (its bodies)',
        get,
        reported(data.province.id, 'accepted'),
        cookie,
        opts,
      ),
      trained_national: await timedGets(
        'members trained: national (computed)',
        get,
        rollup(data.trainedIndicatorId, data.closedPeriodId, data.country.id, 'submitted'),
        cookie,
        { rounds: Math.max(3, Math.round(HTTP_ROUNDS / 40)), warmups: 1 },
      ),
      // The yardstick of the same run: a signed-in route that reads the session and nothing else.
      session_only: await timedGets('GET /api/auth/me (session only)', get, '/api/auth/me', cookie, opts),
    };
    // The figures the route answers are the repository's: the same country total.
    const answer = JSON.parse(
      (
        await get(reported(data.country.id, 'submitted'), { cookie, 'accept-encoding': 'identity' })
      ).text.trim() || '{}',
    );
    return { ...figures, national_reporting: answer.value?.reporting ?? null };
  } finally {
    await server.stop();
  }
}

async function buildTimed(handle: DatabaseHandle) {
  const t0 = performance.now();
  const data = await build(handle);
  const buildSeconds = Math.round((performance.now() - t0) / 100) / 10;
  console.log(
    `${handle.engine}: ${Number(data.bodies)} bodies, ${Number(data.values).toLocaleString('vi-VN')} values, built in ${buildSeconds} s`,
  );
  return {
    data,
    summary: {
      bodies: Number(data.bodies),
      values: Number(data.values),
      build_s: buildSeconds,
      db_size_mb: Math.round(Number(data.size) / 1048576),
    },
  };
}

/**
 * PGlite: built in memory, then written to a data folder (its own dump) that the server opens once
 * the bench has let go of it (PGlite is one process's).
 */
async function benchPGlite() {
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-bench-rollup-'));
  try {
    const memory = await openDatabase({ dataDir: 'memory://' });
    let built: Awaited<ReturnType<typeof buildTimed>>;
    let repository: Awaited<ReturnType<typeof repositoryFigures>>;
    try {
      built = await buildTimed(memory);
      repository = await repositoryFigures(memory, built.data);
      const dump = await memory.pglite?.dumpDataDir('none');
      if (!dump) throw new Error('PGlite could not dump its data folder');
      const onDisk = await openPGlite(join(dir, 'pglite'), { loadDataDir: dump });
      await onDisk.handle.close();
    } finally {
      await memory.close();
    }
    const viaHttp = await httpFigures({ LANTOA_DATA_DIR: dir, DATABASE_URL: '' }, built.data);
    return { ...built.summary, ...repository, http: viaHttp };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PostgreSQL: the server in DATABASE_URL, or one started on this machine. */
async function benchPostgres() {
  const local = process.env.DATABASE_URL ? null : await startLocalPostgres();
  const url = process.env.DATABASE_URL ?? local?.url ?? '';
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-bench-rollup-'));
  try {
    const handle = await openDatabase({ databaseUrl: url });
    let built: Awaited<ReturnType<typeof buildTimed>>;
    let repository: Awaited<ReturnType<typeof repositoryFigures>>;
    try {
      built = await buildTimed(handle);
      repository = await repositoryFigures(handle, built.data);
    } finally {
      await handle.close();
    }
    const viaHttp = await httpFigures({ LANTOA_DATA_DIR: dir, DATABASE_URL: url }, built.data);
    return { ...built.summary, ...repository, http: viaHttp };
  } finally {
    local?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// The machines are shared: the load average says how noisy the figures are.
const loadBefore = loadavg()[0] ?? 0;
const results: Record<string, unknown> = {};
if (ENGINES.includes('pglite')) results.pglite = await benchPGlite();
if (ENGINES.includes('postgres')) {
  try {
    results.postgres = await benchPostgres();
  } catch (error) {
    results.postgres = { skipped: (error as Error).message };
  }
}
console.log(
  JSON.stringify({
    bench: 'rollup',
    indicators: INDICATORS,
    periods: PERIODS,
    departments_per_province: DEPARTMENTS,
    http_rounds: HTTP_ROUNDS,
    load_before: Math.round(loadBefore * 100) / 100,
    load_after: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    ...results,
  }),
);
