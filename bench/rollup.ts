// `npm run bench -- rollup`: builds a national data set (34 provinces, 3,321 communes, 25 departments
// per province, 24 indicators, 10 periods, every body reporting every indicator; every commune with a
// digital team of 50 named members, about 60 % of them trained at a course of their province) and
// prints the p50 and p95 latency of the live roll-up of one indicator at the country and at a province
// (total and per child), and of the computed "members trained" indicator at the country, by province
// and at a province, the database size and the process memory; on embedded PGlite and, when the
// machine has PostgreSQL, on a throw-away server. JSON line last.
import { randomUUID } from 'node:crypto';
import { audienceMeasures } from '../apps/server/src/use-cases/training/audience-measures.ts';
import {
  type DatabaseHandle,
  findBodyByCode,
  importAdministrativeUnits,
  insertBodies,
  migrateToLatest,
  rollUpAt,
  rollUpByChild,
} from '../packages/db/src/index.ts';
import { standardProvincialBodies } from '../packages/domain/src/index.ts';
import { measure, onBothEngines } from './timing.ts';

const INDICATORS = 24;
const PERIODS = 10;
const DEPARTMENTS = 25;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const TEAM_MEMBERS = 50;

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
  const { sql } = await import('kysely');
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
  const tuyenQuang = await findBodyByCode(db, '08');
  if (!tuyenQuang) throw new Error('Tuyên Quang missing');
  return {
    country,
    province: tuyenQuang,
    indicatorId: indicator.id,
    periodId: period.id,
    ...(counts.rows[0] as { bodies: number; values: number; size: number }),
  };
}

async function benchEngine(handle: DatabaseHandle) {
  const t0 = performance.now();
  const data = await build(handle);
  const buildSeconds = Math.round((performance.now() - t0) / 100) / 10;
  console.log(
    `${handle.engine}: ${Number(data.bodies)} bodies, ${Number(data.values).toLocaleString('vi-VN')} values, built in ${buildSeconds} s`,
  );
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
  // The computed indicator reads the records at the period's end, per body then Σ/Σ.
  const trainedAt = (path: string) =>
    audienceMeasures(handle.db, { path, to: '2026-12-14', audience: 'digital_team', trainedOnly: true });
  const trainedNational = await measure('members trained: national', () => trainedAt(data.country.path), {
    rounds: ROUNDS,
    warmups: 3,
  });
  // The map and "by body" chart: one computed value per province, as getRollUp asks them.
  const provinces = await handle.db
    .selectFrom('bodies')
    .select('path')
    .where('kind', '=', 'province')
    .execute();
  const trainedByProvince = await measure(
    'members trained: by province (34)',
    async () => {
      for (const province of provinces) await trainedAt(province.path);
    },
    { rounds: Math.max(5, Math.round(ROUNDS / 4)), warmups: 1 },
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
    bodies: Number(data.bodies),
    values: Number(data.values),
    reporting_bodies_counted: check.reporting,
    build_s: buildSeconds,
    db_size_mb: Math.round(Number(data.size) / 1048576),
    national,
    national_by_province: nationalByProvince,
    provincial,
    provincial_by_child: provincialByChild,
    trained_members: trained ?? null,
    trained_national: trainedNational,
    trained_by_province: trainedByProvince,
    trained_provincial: trainedProvincial,
    rss_mb: Math.round(process.memoryUsage().rss / 1048576),
  };
}

const results = await onBothEngines((handle) => benchEngine(handle));
console.log(
  JSON.stringify({
    bench: 'rollup',
    indicators: INDICATORS,
    periods: PERIODS,
    departments_per_province: DEPARTMENTS,
    ...results,
  }),
);
