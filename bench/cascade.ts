// `npm run bench -- cascade`: a province's plan (Tuyên Quang, 124 communes and wards) with 30 tasks
// given to every commune, each commune with its own plan of 30 tasks based on it, work in every state
// and half the reports in; prints the p50 and p95 latency of the cascade view (one page, the "has
// overdue" filter sorted by lateness, the list sorted by work done on time, and the whole list as
// .xlsx) on embedded PGlite (goal < 300 ms);
// then, on PostgreSQL (DATABASE_URL, or a throw-away server when the machine has one), the same and
// the national case: a country's plan over all 3,321 communes (goal < 1 s). JSON line last.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Context } from '../apps/server/src/http/context.ts';
import { exportCascadeWorkbook } from '../apps/server/src/use-cases/plans/export-cascade-workbook.ts';
import { listCascade } from '../apps/server/src/use-cases/plans/list-cascade.ts';
import {
  type Database,
  type DatabaseHandle,
  findBodyByCode,
  importAdministrativeUnits,
  migrateToLatest,
} from '../packages/db/src/index.ts';
import { measure, onBothEngines } from './timing.ts';

const TASKS = 30;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

/**
 * A plan of `issuer` whose 30 tasks go to every commune below it, four quarterly occurrences each
 * (about half done on time, the rest open, so past quarters are overdue); each commune's own plan
 * of 30 tasks based on it with two occurrences each; two half-year periods, half the reports in.
 */
async function buildCascade(db: Kysely<Database>, issuer: { id: string; path: string }) {
  const plan = await db
    .insertInto('plans')
    .values({
      body_id: issuer.id,
      title: 'Kế hoạch thử tải',
      number: '178/KH-UBND',
      issued_on: '2026-05-07',
      start_year: 2026,
      end_year: 2030,
      extract: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const communes = sql`(select id, path from bodies where kind = 'commune' and path like ${`${issuer.path}%`})`;
  await sql`insert into tasks (plan_id, position, ref, title)
    select ${plan.id}, n, n::text, 'Nhiệm vụ tuyên truyền chuyển đổi số số ' || n
    from generate_series(1, ${TASKS}) n`.execute(db);
  await sql`insert into targets (plan_id, position, year, comparator, value, unit, text)
    select ${plan.id}, n, 2026, '>=', 80 + n, '%', 'Tỷ lệ người dân được tuyên truyền nội dung ' || n || ' đạt'
    from generate_series(1, 5) n`.execute(db);
  await sql`insert into assignments (task_id, body_id, role, written_as)
    select t.id, c.id, 'lead', 'UBND các xã, phường' from tasks t cross join ${communes} c
    where t.plan_id = ${plan.id}`.execute(db);
  await sql`insert into occurrences (assignment_id, due_on, label, kind, completed_on)
    select a.id, d.due, 'Quý', 'dated', case when random() < 0.5 then d.due - 3 end
    from assignments a join tasks t on t.id = a.task_id
    cross join (values (date '2026-03-31'), (date '2026-06-30'), (date '2026-09-30'), (date '2026-12-31')) d(due)
    where t.plan_id = ${plan.id}`.execute(db);
  await sql`insert into plans (body_id, title, number, issued_on, start_year, end_year, extract, parent_plan_id)
    select c.id, 'Kế hoạch thực hiện của xã', 'KH-' || row_number() over (),
      '2026-05-' || lpad((10 + floor(random() * 19))::int::text, 2, '0'), 2026, 2030, '{}', ${plan.id}
    from ${communes} c`.execute(db);
  await sql`insert into tasks (plan_id, position, ref, title)
    select p.id, n, n::text, 'Nhiệm vụ của xã về chuyển đổi số số ' || n
    from plans p cross join generate_series(1, ${TASKS}) n where p.parent_plan_id = ${plan.id}`.execute(db);
  await sql`insert into assignments (task_id, body_id, role, written_as)
    select t.id, p.body_id, 'lead', 'UBND xã' from tasks t join plans p on p.id = t.plan_id
    where p.parent_plan_id = ${plan.id}`.execute(db);
  await sql`insert into occurrences (assignment_id, due_on, label, kind, completed_on)
    select a.id, d.due, 'Nửa năm', 'dated', case when random() < 0.5 then d.due - 1 end
    from assignments a join tasks t on t.id = a.task_id join plans p on p.id = t.plan_id
    cross join (values (date '2026-06-30'), (date '2026-12-31')) d(due)
    where p.parent_plan_id = ${plan.id}`.execute(db);
  await sql`insert into reporting_periods (id, plan_id, key, label, kind, data_from, data_to, due_on) values
    (${randomUUID()}, ${plan.id}, '2026-H1', '6 tháng đầu năm 2026', 'half_year', '2025-12-15', '2026-06-14', '2026-06-01'),
    (${randomUUID()}, ${plan.id}, '2026-H2', '6 tháng cuối năm 2026', 'half_year', '2026-06-15', '2026-12-14', '2026-12-01')`.execute(
    db,
  );
  await sql`insert into reports (period_id, body_id, status)
    select p.id, c.id, 'accepted' from reporting_periods p cross join ${communes} c
    where p.plan_id = ${plan.id} and random() < 0.5`.execute(db);
  await sql`analyze`.execute(db);
  return plan.id;
}

/** A coordinator over the issuer, as the session hook would make it. */
const coordinatorOver = (db: Kysely<Database>, issuer: { id: string; path: string }): Context => ({
  db,
  actor: {
    userId: randomUUID(),
    bodyId: issuer.id,
    grants: [{ role: 'coordinator', scopeBodyId: issuer.id, scopePath: issuer.path }],
  },
});

async function benchCase(db: Kysely<Database>, label: string, issuer: { id: string; path: string }) {
  const t0 = performance.now();
  const planId = await buildCascade(db, issuer);
  const buildSeconds = Math.round((performance.now() - t0) / 100) / 10;
  const ctx = coordinatorOver(db, issuer);
  const first = await listCascade(ctx, planId, { page: 1, pageSize: 50 });
  console.log(`${label}: ${first.total} communes with a plan each, built in ${buildSeconds} s`);
  const page = await measure(
    'first page (50), by name',
    () => listCascade(ctx, planId, { page: 1, pageSize: 50 }),
    { rounds: ROUNDS },
  );
  const late = await measure(
    'has overdue, most overdue first',
    () =>
      listCascade(ctx, planId, {
        page: 1,
        pageSize: 50,
        status: 'has_overdue',
        sort: 'overdue',
        order: 'desc',
      }),
    { rounds: ROUNDS },
  );
  // Sorted by the other count: the list reads only the on-time work, the page then its overdue.
  const onTime = await measure(
    'by work done on time, least first',
    () => listCascade(ctx, planId, { page: 1, pageSize: 50, sort: 'onTime', order: 'asc' }),
    { rounds: ROUNDS },
  );
  const workbook = await measure('whole list as .xlsx', () => exportCascadeWorkbook(ctx, planId, {}), {
    rounds: 5,
  });
  return {
    communes: first.total,
    build_s: buildSeconds,
    page,
    has_overdue: late,
    by_on_time: onTime,
    xlsx: workbook,
  };
}

async function benchEngine(handle: DatabaseHandle, national: boolean) {
  const { db } = handle;
  await migrateToLatest(db);
  await importAdministrativeUnits(db);
  const province = await findBodyByCode(db, '08');
  if (!province) throw new Error('Tuyên Quang missing');
  const result: Record<string, unknown> = {
    province: await benchCase(db, `${handle.engine}, Tuyên Quang`, province),
  };
  if (national) {
    const country = await db
      .selectFrom('bodies')
      .select(['id', 'path'])
      .where('kind', '=', 'country')
      .executeTakeFirstOrThrow();
    result.national = await benchCase(db, `${handle.engine}, national`, country);
  }
  result.rss_mb = Math.round(process.memoryUsage().rss / 1048576);
  return result;
}

const results = await onBothEngines(benchEngine);
console.log(
  JSON.stringify({
    bench: 'cascade',
    tasks_per_plan: TASKS,
    goals_ms: { pglite_province: 300, postgres_national: 1000 },
    ...results,
  }),
);
