import { type Database, findBodyByCode, recordAudit } from '@lantoa/db';
import { addDays, FINANCE_DEPARTMENT, type FundingSource, formatIsoDate, vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.ts';
import type { Context } from '../http/context.ts';
import { allocateBudgetEstimate } from '../use-cases/budget/allocate-budget-estimate.ts';
import { appraiseBudgetEstimate } from '../use-cases/budget/appraise-budget-estimate.ts';
import { budgetPlansOf } from '../use-cases/budget/budget-plans.ts';
import { consolidateBudgetEstimate } from '../use-cases/budget/consolidate-budget-estimate.ts';
import { createBudgetEstimate } from '../use-cases/budget/create-budget-estimate.ts';
import { recordBudgetSpending } from '../use-cases/budget/record-budget-spending.ts';
import { submitBudgetEstimate } from '../use-cases/budget/submit-budget-estimate.ts';
import { reportingBodies } from '../use-cases/reports/load-report.ts';
import { DEMO_PASSWORD } from './demo-data.ts';
import { demoContext, firstDemoPlanOf } from './demo-plans.ts';

/**
 * The finance department's account. A focal point scoped over the province: the least power that
 * appraises (appraising needs manageBudget over the estimating bodies, and a viewer has none), without
 * a coordinator's editing of bodies, audit, library review, broadcasting or honours decisions. Being
 * of the finance department keeps it from consolidating what it appraises.
 */
export const FINANCE_ACCOUNT = {
  username: 'tq.taichinh',
  fullName: 'Vũ Thị Thanh Hương',
  role: 'focal_point',
} as const;

/** A line of a demo estimate: its task by reference in the plan (null: a general line). */
interface DemoLine {
  taskRef: string | null;
  source: FundingSource;
  description: string;
  estimated: number;
}

const HOA_AN_LINES: DemoLine[] = [
  {
    taskRef: 'III.1',
    source: 'provincial_budget',
    description: 'In 2.000 tờ gấp, 120 áp phích tuyên truyền Nghị quyết 57-NQ/TW cho 13 thôn',
    estimated: 48_000_000,
  },
  {
    taskRef: 'III.5',
    source: 'commune_budget',
    description: 'Tổ chức 2 lớp tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng các thôn',
    estimated: 32_000_000,
  },
  {
    taskRef: 'III.4',
    source: 'socialised',
    description: 'Gian trưng bày mô hình chuyển đổi số tại Ngày hội (doanh nghiệp trên địa bàn tài trợ)',
    estimated: 20_000_000,
  },
  {
    taskRef: null,
    source: 'commune_budget',
    description: 'Sửa chữa, thay thế cụm loa truyền thanh thôn Đồng Tâm và thôn Tân Tiến',
    estimated: 75_000_000,
  },
];

const COMMUNE_LINES: DemoLine[] = [
  {
    taskRef: 'III.1',
    source: 'provincial_budget',
    description: 'Sản xuất 12 chương trình phát thanh về chuyển đổi số phát trên đài truyền thanh xã',
    estimated: 36_000_000,
  },
  {
    taskRef: 'III.5',
    source: 'commune_budget',
    description: 'Mở lớp Bình dân học vụ số cho người dân tại nhà văn hóa các thôn',
    estimated: 25_000_000,
  },
  {
    taskRef: null,
    source: 'other',
    description: 'Bảng tin điện tử tại trụ sở UBND xã (nguồn hỗ trợ của doanh nghiệp viễn thông)',
    estimated: 40_000_000,
  },
];

/** The finance department's account, made as the demo seed makes its accounts (hash, grant, audit). */
async function seedFinanceAccount(db: Kysely<Database>, province: { id: string }) {
  const taken = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', FINANCE_ACCOUNT.username)
    .executeTakeFirst();
  if (taken) return;
  const finance = await db
    .selectFrom('bodies')
    .select('id')
    .where('parent_id', '=', province.id)
    .where('name', '=', FINANCE_DEPARTMENT)
    .executeTakeFirst();
  if (!finance) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const user = await trx
      .insertInto('users')
      .values({
        body_id: finance.id,
        username: FINANCE_ACCOUNT.username,
        full_name: FINANCE_ACCOUNT.fullName,
        password_hash: passwordHash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('role_grants')
      .values({ user_id: user.id, role: FINANCE_ACCOUNT.role, scope_body_id: province.id })
      .execute();
    await recordAudit(trx, {
      actorId: null,
      bodyId: finance.id,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: {
        username: FINANCE_ACCOUNT.username,
        fullName: FINANCE_ACCOUNT.fullName,
        roles: [{ role: FINANCE_ACCOUNT.role, scope: 'province' }],
        source: 'demo',
      },
    });
  });
}

/** A body's estimate for the plan and year, its lines on the tasks the plan gave it; null if it gave none. */
async function draftEstimate(
  ctx: Context,
  body: { id: string; path: string },
  planId: string,
  year: number,
  lines: DemoLine[],
) {
  const [plan] = await budgetPlansOf(ctx.db, body, planId);
  if (!plan || year < plan.startYear || year > plan.endYear) return null;
  const taskOf = (ref: string | null) =>
    ref ? (plan.tasks.find((task) => task.ref === ref)?.id ?? null) : null;
  return createBudgetEstimate(ctx, body.id, {
    planId,
    year,
    note: '',
    lines: lines.map((line) => ({
      taskId: taskOf(line.taskRef),
      source: line.source,
      description: line.description,
      estimated: line.estimated,
    })),
  });
}

/** The year of the plan the demo shows: this year, within the plan's years. */
const demoYear = (plan: { start_year: number; end_year: number }) =>
  Math.min(plan.end_year, Math.max(plan.start_year, Number(vietnamToday().slice(0, 4))));

/**
 * The budget of the province's plan for the demo year, through the use cases: Hòa An's estimate sent
 * and consolidated by the S&T department, waiting for the finance department (its appraisal is the
 * browser test's step); another commune's estimate all the way — appraised with one line reduced,
 * allocated by the people's committee's decision, some spending recorded; a third commune's sent and
 * waiting for consolidation; and Hòa An's estimate for its own plan being drafted. The finance
 * department's account (tq.taichinh) comes first. The other communes have no accounts: the
 * province's administrator enters their figures on their behalf, as for their reports.
 */
export async function seedDemoBudget(db: Kysely<Database>): Promise<void> {
  const province = await findBodyByCode(db, '08');
  const hoaAn = await findBodyByCode(db, '02353');
  if (!province || !hoaAn) return;
  await seedFinanceAccount(db, province);
  const first = await firstDemoPlanOf(db, province.id);
  if (!first) return;
  const plan = await db
    .selectFrom('plans')
    .select(['id', 'start_year', 'end_year'])
    .where('id', '=', first.id)
    .executeTakeFirstOrThrow();
  const year = demoYear(plan);
  const [focal, clerk, coordinator, finance] = [
    await demoContext(db, 'hoaan.daumoi'),
    await demoContext(db, 'tq.quantri'),
    await demoContext(db, 'tq.dieuphoi'),
    await demoContext(db, FINANCE_ACCOUNT.username),
  ];
  const today = vietnamToday();

  const hoaAnEstimate = await draftEstimate(focal, hoaAn, plan.id, year, HOA_AN_LINES);
  if (hoaAnEstimate) {
    const sent = await submitBudgetEstimate(focal, hoaAnEstimate.id, { version: hoaAnEstimate.version });
    await consolidateBudgetEstimate(coordinator, sent.id, { version: sent.version });
  }

  const communes = (await reportingBodies(coordinator, plan.id))
    .filter((b) => b.kind === 'commune' && b.code !== hoaAn.code)
    .slice(0, 2);
  const [allocatedCommune, waitingCommune] = communes;
  if (allocatedCommune) {
    const drafted = await draftEstimate(clerk, allocatedCommune, plan.id, year, COMMUNE_LINES);
    if (drafted) {
      const sent = await submitBudgetEstimate(clerk, drafted.id, { version: drafted.version });
      const consolidated = await consolidateBudgetEstimate(coordinator, sent.id, { version: sent.version });
      const [broadcasts, classes, board] = consolidated.lines;
      const appraised = await appraiseBudgetEstimate(finance, consolidated.id, {
        version: consolidated.version,
        lines: consolidated.lines.map((line) =>
          line.id === classes?.id
            ? {
                id: line.id,
                outcome: 'reduced' as const,
                approved: 18_000_000,
                reason: 'Áp dụng định mức chi bồi dưỡng học viên theo quy định hiện hành của tỉnh.',
              }
            : { id: line.id, outcome: 'approved' as const, reason: '' },
        ),
      });
      const allocated = await allocateBudgetEstimate(coordinator, appraised.id, {
        decision: `Quyết định số 1520/QĐ-UBND ngày ${formatIsoDate(addDays(today, -30))} của UBND tỉnh`,
        lines: [],
        version: appraised.version,
      });
      if (broadcasts) {
        await recordBudgetSpending(clerk, allocated.id, {
          lineId: broadcasts.id,
          spentOn: addDays(today, -21),
          amount: 9_000_000,
          note: 'Sản xuất 3 chương trình phát thanh tháng đầu',
        });
      }
      if (board) {
        await recordBudgetSpending(clerk, allocated.id, {
          lineId: board.id,
          spentOn: addDays(today, -7),
          amount: 40_000_000,
          note: 'Lắp đặt bảng tin điện tử, nghiệm thu đưa vào sử dụng',
        });
      }
    }
  }
  if (waitingCommune) {
    const drafted = await draftEstimate(clerk, waitingCommune, plan.id, year, COMMUNE_LINES.slice(0, 2));
    if (drafted) await submitBudgetEstimate(clerk, drafted.id, { version: drafted.version });
  }

  const ownPlan = await firstDemoPlanOf(db, hoaAn.id);
  if (ownPlan) {
    const own = await db
      .selectFrom('plans')
      .select(['start_year', 'end_year'])
      .where('id', '=', ownPlan.id)
      .executeTakeFirstOrThrow();
    await draftEstimate(focal, hoaAn, ownPlan.id, demoYear(own), [
      {
        taskRef: null,
        source: 'commune_budget',
        description: 'Chi phí duy trì trang thông tin điện tử và nhóm Zalo của xã',
        estimated: 12_000_000,
      },
    ]);
  }
}
