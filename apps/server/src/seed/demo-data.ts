import {
  type BodyRow,
  type Database,
  findBodyByCode,
  importAdministrativeUnits,
  importStandardProvincialBodies,
  insertBodies,
  recordAudit,
} from '@lantoa/db';
import { digitalTeamName, type Role, standardCommuneBodies } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.ts';
import { seedDemoHandout } from './demo-assistant.ts';
import { seedDemoLibrary, seedDemoStations } from './demo-broadcast.ts';
import { seedDemoBudget } from './demo-budget.ts';
import { seedDemoEvents } from './demo-events.ts';
import { seedDemoFeedback } from './demo-feedback.ts';
import { seedDemoHonours } from './demo-honours.ts';
import { seedDemoMisinformation } from './demo-misinformation.ts';
import { seedDemoOutputs } from './demo-outputs.ts';
import { seedDemoPlans } from './demo-plans.ts';
import { seedDemoProblems } from './demo-problems.ts';
import { seedDemoPublic } from './demo-public.ts';
import { seedDemoQuiz } from './demo-quiz.ts';
import { seedDemoReports } from './demo-reports.ts';
import { seedDemoScience } from './demo-science.ts';
import { seedDemoTraining } from './demo-training.ts';

// Stored as a hash here, not set through the API: the password policy (12 characters or more, not a
// common one) applies to passwords people choose. This one is published in the README, so the
// policy lists it, and its variants, among the common passwords nobody may choose.
export const DEMO_PASSWORD = 'LanToa@2026';
const TUYEN_QUANG = '08';
const HOA_AN = '02353';
// Illustrative village names (common across Vietnam), each with its community digital team.
const DEMO_VILLAGES = ['Thôn Đồng Tâm', 'Thôn Tân Tiến', 'Thôn Thống Nhất'];

interface DemoAccount {
  username: string;
  fullName: string;
  body: 'country' | 'province' | 'so-khcn' | 'so-vhttdl' | 'commune';
  roles: { role: Role; scope: 'country' | 'province' | 'so-vhttdl' | 'commune' }[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    body: 'country',
    roles: [{ role: 'admin', scope: 'country' }],
  },
  {
    username: 'tq.quantri',
    fullName: 'Quản trị tỉnh Tuyên Quang',
    body: 'province',
    roles: [{ role: 'admin', scope: 'province' }],
  },
  {
    username: 'tq.dieuphoi',
    fullName: 'Nguyễn Thu Hà',
    body: 'so-khcn',
    roles: [{ role: 'coordinator', scope: 'province' }],
  },
  {
    username: 'tq.lanhdao',
    fullName: 'Trần Văn Minh',
    body: 'province',
    roles: [{ role: 'viewer', scope: 'province' }],
  },
  {
    // The culture department triages reports of false information (the public section).
    username: 'tq.vanhoa',
    fullName: 'Đỗ Minh Tuấn',
    body: 'so-vhttdl',
    roles: [{ role: 'focal_point', scope: 'so-vhttdl' }],
  },
  {
    username: 'hoaan.daumoi',
    fullName: 'Hoàng Thị Lan',
    body: 'commune',
    roles: [{ role: 'focal_point', scope: 'commune' }],
  },
  {
    username: 'hoaan.truyenthanh',
    fullName: 'Lý Văn Sơn',
    body: 'commune',
    roles: [{ role: 'broadcaster', scope: 'commune' }],
  },
];

/**
 * Loads the demo data into an empty database: the administrative units, every province's departments
 * and agencies, Hòa An's offices, villages and community digital teams, and the demo accounts,
 * and (unless `plans: false`) the three sample plans with some progress, the communes' reports in
 * every state for the period in focus, and the province's question bank with a contest open now.
 * Does nothing when any account exists.
 */
export async function seedDemoIfEmpty(
  db: Kysely<Database>,
  options: { plans?: boolean } = {},
): Promise<boolean> {
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return false;
  await importAdministrativeUnits(db);
  // Every province's departments and agencies, so a sample plan from any province maps to real bodies.
  await importStandardProvincialBodies(db);
  const province = await findBodyByCode(db, TUYEN_QUANG);
  const commune = await findBodyByCode(db, HOA_AN);
  if (!province || !commune) throw new Error('Tuyên Quang or Hòa An missing from the administrative units');
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction().execute(async (trx) => {
    const country = await trx
      .selectFrom('bodies')
      .selectAll()
      .where('kind', '=', 'country')
      .executeTakeFirstOrThrow();
    await insertBodies(trx, commune, standardCommuneBodies(commune.name));
    const villages = await insertBodies(
      trx,
      commune,
      DEMO_VILLAGES.map((name) => ({ kind: 'village' as const, name })),
    );
    for (const village of villages) {
      await insertBodies(trx, village, [
        {
          kind: 'digital_team',
          name: digitalTeamName(village.name),
          shortNames: ['Tổ CNSCĐ'],
        },
      ]);
    }
    await seedDemoStations(trx, province, commune);
    const department = async (name: string) => {
      const found = await trx
        .selectFrom('bodies')
        .selectAll()
        .where('parent_id', '=', province.id)
        .where('name', '=', name)
        .executeTakeFirst();
      if (!found) throw new Error(`${name} missing from the catalogue`);
      return found;
    };
    const bodies: Record<DemoAccount['body'], BodyRow> = {
      country,
      province,
      'so-khcn': await department('Sở Khoa học và Công nghệ'),
      'so-vhttdl': await department('Sở Văn hóa, Thể thao và Du lịch'),
      commune,
    };

    for (const account of DEMO_ACCOUNTS) {
      const body = bodies[account.body];
      const user = await trx
        .insertInto('users')
        .values({
          body_id: body.id,
          username: account.username,
          full_name: account.fullName,
          password_hash: passwordHash,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('role_grants')
        .values(
          account.roles.map((r) => ({ user_id: user.id, role: r.role, scope_body_id: bodies[r.scope].id })),
        )
        .execute();
      await recordAudit(trx, {
        actorId: null,
        bodyId: body.id,
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        after: {
          username: account.username,
          fullName: account.fullName,
          roles: account.roles,
          source: 'demo',
        },
      });
    }
  });
  if (options.plans !== false) {
    await seedDemoPlans(db);
    await seedDemoLibrary(db);
    await seedDemoHandout(db);
    await seedDemoOutputs(db);
    await seedDemoScience(db);
    await seedDemoProblems(db);
    await seedDemoFeedback(db);
    await seedDemoMisinformation(db);
    await seedDemoPublic(db);
    await seedDemoReports(db);
    await seedDemoQuiz(db);
    await seedDemoTraining(db);
    await seedDemoEvents(db);
    await seedDemoHonours(db);
    await seedDemoBudget(db);
  }
  return true;
}
