import { readFile } from 'node:fs/promises';
import { type Database, findBodyByCode, grantsOf, toGrants } from '@lantoa/db';
import { addDays, vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../http/context.ts';
import { planParseJob } from '../jobs/plan-parse-job.ts';
import { getPlanImport } from '../use-cases/plans/get-plan-import.ts';
import { publishPlanImport } from '../use-cases/plans/publish-plan-import.ts';
import { updatePlanImport } from '../use-cases/plans/update-plan-import.ts';
import { uploadPlanImport } from '../use-cases/plans/upload-plan-import.ts';
import { recordProgress } from '../use-cases/tasks/record-progress.ts';
import { demoFiles } from './demo-files.ts';
import { demoYearShift, shiftPlanYears } from './shift-plan-years.ts';

/** The sample plans in the repository, which the demo imports as a coordinator would. */
export const PLANS_DIR = new URL('../../../../samples/plans/', import.meta.url);

interface DemoPlan {
  file: string;
  bodyCode: string;
  /** What the reviewer corrects: the provincial draft got its number and date when it was issued. */
  document?: { number: string; date: string };
}

// Tuyên Quang first: Hòa An's plan cites it as 178/KH-UBND of 07/5/2026 and links to it.
const DEMO_PLANS: DemoPlan[] = [
  { file: 'tuyen-quang-2026.txt', bodyCode: '08', document: { number: '178/KH-UBND', date: '2026-05-07' } },
  { file: 'son-la-2025.txt', bodyCode: '14' },
  { file: 'hoa-an-2026.txt', bodyCode: '02353' },
];

/** Acting as a demo account, as its person would in the app. */
export async function demoContext(db: Kysely<Database>, username = 'admin'): Promise<Context> {
  const admin = await db
    .selectFrom('users')
    .select(['id', 'body_id'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const grants = (await grantsOf(db, [admin.id])).get(admin.id) ?? [];
  return { db, actor: { userId: admin.id, bodyId: admin.body_id, grants: toGrants(grants) } };
}

/** The first plan a body issued in the demo (the province's is the sample 178/KH-UBND); null if none. */
export async function firstDemoPlanOf(db: Kysely<Database>, bodyId: string): Promise<{ id: string } | null> {
  const plan = await db
    .selectFrom('plans')
    .select('id')
    .where('body_id', '=', bodyId)
    .orderBy('created_at')
    .executeTakeFirst();
  return plan ?? null;
}

/**
 * Imports and publishes the three sample plans as a coordinator would (upload, parse, review,
 * publish), with names the matcher cannot place given to the issuing body, then records some
 * progress so the dashboards are not empty. The samples are 2025–2026 plans: loaded in a later year,
 * their years move forward with it, so the demo always shows the year it is loaded in.
 */
export async function seedDemoPlans(db: Kysely<Database>): Promise<void> {
  const ctx = await demoContext(db);
  const yearShift = demoYearShift(vietnamToday());
  for (const demo of DEMO_PLANS) {
    const body = await findBodyByCode(db, demo.bodyCode);
    if (!body) throw new Error(`demo body ${demo.bodyCode} missing`);
    const bytes = new Uint8Array(await readFile(new URL(demo.file, PLANS_DIR)));
    const created = await uploadPlanImport(ctx, demoFiles(db), {
      bodyId: body.id,
      file: { name: demo.file, mediaType: 'text/plain', bytes },
    });
    await planParseJob.handle(db, { importId: created.id });
    const draft = await getPlanImport(ctx, created.id);
    if (!draft.extract) throw new Error(`demo plan ${demo.file} could not be read: ${draft.error}`);
    const leads = new Set(draft.extract.tasks.flatMap((t) => t.lead));
    const mapping = Object.fromEntries(
      [...leads].filter((name) => (draft.mapping[name] ?? []).length === 0).map((name) => [name, [body.id]]),
    );
    const reviewed = demo.document
      ? { ...draft.extract, document: { ...draft.extract.document, ...demo.document } }
      : draft.extract;
    const extract = shiftPlanYears(reviewed, yearShift);
    await updatePlanImport(ctx, created.id, { mapping, extract, version: draft.version });
    await publishPlanImport(ctx, created.id, draft.version + 1);
  }
  await seedDemoProgress(ctx);
}

/**
 * Marks some past occurrences of Hòa An (and its offices) and of the provincial departments done, one
 * of them late.
 */
async function seedDemoProgress(ctx: Context) {
  const hoaAn = await findBodyByCode(ctx.db, '02353');
  const past = await ctx.db
    .selectFrom('occurrences as o')
    .innerJoin('assignments as a', 'a.id', 'o.assignment_id')
    .innerJoin('bodies as b', 'b.id', 'a.body_id')
    .select(['o.id', 'o.due_on', 'o.version', 'b.kind', 'b.code'])
    .where('o.due_on', '<', vietnamToday())
    // Hòa An's work on the province's plan that its own plan carries is recorded there, not here.
    .where('o.carried', '=', false)
    .where((eb) => eb.or([eb('b.kind', '=', 'department'), eb('b.path', 'like', `${hoaAn?.path ?? '-'}%`)]))
    .orderBy('o.due_on')
    .execute();
  for (const [i, o] of past.entries()) {
    if (i % 3 === 2) continue; // leave a third overdue
    const late = i % 5 === 4;
    const wanted = late ? addDays(o.due_on, 12) : addDays(o.due_on, -3);
    // ISO dates sort as text: the earlier of the wanted day and today (never in the future).
    const completedOn = [wanted, vietnamToday()].sort()[0] as string;
    await recordProgress(ctx, o.id, {
      note: late ? 'Hoàn thành muộn do chờ kinh phí.' : 'Đã thực hiện theo kế hoạch.',
      completedOn,
      version: o.version,
    });
  }
}
