import { type Database, recordAudit } from '@lantoa/db';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError, staleVersion } from '../../http/errors.ts';
import { workChanged } from '../notifications/notify.ts';
import { type WorkSnapshot, workChangesByBody, workSnapshot } from '../notifications/work-changes.ts';
import { carryLinkedWork } from '../tasks/carry-linked-work.ts';
import { findParentPlan } from './find-parent-plan.ts';
import { draftOf } from './get-plan-import.ts';
import { loadPlanImport } from './load-plan-import.ts';
import { issuedOnOf, planYears } from './plan-years.ts';
import { setUpReporting } from './set-up-reporting.ts';
import { syncPlanContent } from './sync-plan-content.ts';
import { bodyPaths, taskWork } from './task-work.ts';

/**
 * Publishes a reviewed draft as a new plan, or as a new version of the plan it amends: targets,
 * tasks, the assignment of each task to each mapped lead and partner body, and each assignment's
 * occurrences with due dates. One transaction, on the audit trail; a task whose lead maps to no
 * body, or only to bodies outside the issuer's subtree (they coordinate, see taskWork), stops the
 * publication.
 */
export async function publishPlanImport(ctx: Context, id: string, version: number) {
  const loaded = await loadPlanImport(ctx, id);
  const { row, body } = loaded;
  if (row.status !== 'ready')
    throw new AppError('conflict', 'Bản nhập này đã được công bố hoặc chưa đọc xong.');
  if (row.version !== version) throw staleVersion('Bản nhập');
  const { extract, mapping } = await draftOf(ctx, loaded);
  if (!extract) throw new AppError('conflict', 'Bản nhập chưa có dữ liệu để công bố.');
  if (!extract.document.title) {
    throw new AppError(
      'invalid_input',
      'Kế hoạch chưa có tiêu đề. Hãy nhập tiêu đề trước khi công bố.',
      'title',
    );
  }
  const leaderless = extract.tasks.filter((t) => !t.lead.some((name) => (mapping[name] ?? []).length > 0));
  if (leaderless.length > 0) {
    throw new AppError(
      'invalid_input',
      `Nhiệm vụ ${leaderless.map((t) => t.ref).join(', ')} chưa có cơ quan chủ trì trong hệ thống. Hãy chọn đơn vị chủ trì rồi công bố lại.`,
      'mapping',
    );
  }
  // A lead above or beside the issuer only coordinates from above: someone within must own the task.
  const paths = await bodyPaths(ctx.db, Object.values(mapping).flat());
  const ledFromAbove = extract.tasks.filter(
    (t) => !taskWork(t, mapping, body.path, paths).wanted.some((w) => w.role === 'lead'),
  );
  if (ledFromAbove.length > 0) {
    throw new AppError(
      'invalid_input',
      `Nhiệm vụ ${ledFromAbove.map((t) => t.ref).join(', ')} chỉ có cơ quan chủ trì ngoài ${body.name} (phối hợp từ cấp trên, không được giao việc). Hãy chọn đơn vị chủ trì thuộc ${body.name} rồi công bố lại.`,
      'mapping',
    );
  }
  const { startYear, endYear } = planYears(extract);
  const schedule = {
    issuedOn: issuedOnOf(extract),
    startYear,
    endYear,
    reportingDeadlines: extract.reporting
      .filter((r) => r.month && r.day)
      .map((r) => ({ month: r.month as number, day: r.day as number })),
  };

  return ctx.db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('plan_imports')
      .set({ status: 'published', version: version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', 'ready')
      .returning('id')
      .executeTakeFirst();
    // Two clicks on "publish" create one plan: the second finds the import already claimed.
    if (!claimed) throw new AppError('conflict', 'Bản nhập này vừa được công bố.');
    const stored = JSON.stringify({ ...extract, mapping });
    const fields = {
      number: extract.document.number,
      kind: extract.document.kind,
      title: extract.document.title as string,
      issued_on: extract.document.date,
      level: extract.document.level,
      start_year: startYear,
      end_year: endYear,
      extract: stored,
    };
    let planId: string;
    let planVersion: number;
    let parentPlanId: string | null;
    // The work as it stood, to tell each body what the publication changes for it.
    const workBefore: WorkSnapshot = row.amends_plan_id
      ? await workSnapshot(trx, row.amends_plan_id)
      : new Map();
    if (row.amends_plan_id) {
      // An amendment: a new version of the same plan, keeping its tasks' history and progress.
      const amended = await trx
        .updateTable('plans')
        .set((eb) => ({ ...fields, current_version: eb('current_version', '+', 1), updated_at: new Date() }))
        .where('id', '=', row.amends_plan_id)
        .returning(['id', 'current_version', 'parent_plan_id'])
        .executeTakeFirstOrThrow();
      planId = amended.id;
      planVersion = amended.current_version;
      parentPlanId = amended.parent_plan_id;
    } else {
      const created = await trx
        .insertInto('plans')
        .values({
          ...fields,
          body_id: body.id,
          parent_plan_id: row.parent_plan_id ?? (await findParentPlan(trx, extract.basis, body.path)),
          created_by: ctx.actor.userId,
        })
        .returning(['id', 'current_version', 'parent_plan_id'])
        .executeTakeFirstOrThrow();
      planId = created.id;
      planVersion = created.current_version;
      parentPlanId = created.parent_plan_id;
    }
    await trx
      .insertInto('plan_versions')
      .values({ plan_id: planId, version_no: planVersion, extract: stored, created_by: ctx.actor.userId })
      .execute();
    const linkedBefore = await linkedTasks(trx, planId);
    const counts = await syncPlanContent(trx, {
      planId,
      version: planVersion,
      extract,
      mapping,
      schedule,
      actorId: ctx.actor.userId,
      bodyId: body.id,
      issuerPath: body.path,
      parentPlanId,
    });
    // The work above this plan's linked tasks, and this plan's own tasks that work below is linked to
    // (an amendment reschedules them), take the state of the work below as it now stands.
    await carryLinkedWork(trx, [...linkedBefore, ...(await linkedTasks(trx, planId))], ctx.actor.userId);
    await setUpReporting(trx, { id: planId, version: planVersion, startYear, endYear }, extract);
    await workChanged(trx, {
      actorId: ctx.actor.userId,
      plan: { id: planId, number: fields.number, title: fields.title, version: planVersion },
      byBody: workChangesByBody(workBefore, await workSnapshot(trx, planId)),
    });
    await trx.updateTable('plan_imports').set({ plan_id: planId }).where('id', '=', id).execute();
    const summary = { planId, version: planVersion, title: fields.title, ...counts };
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: planVersion === 1 ? 'plan.publish' : 'plan.amend',
      entityType: 'plan',
      entityId: planId,
      after: summary,
    });
    return summary;
  });
}

/**
 * The tasks of other plans linked to a plan's work: those its tasks carry (above), and its own tasks
 * that tasks below carry.
 */
async function linkedTasks(trx: Kysely<Database>, planId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('tasks as t')
    .select('t.parent_task_id as id')
    .where('t.plan_id', '=', planId)
    .where('t.parent_task_id', 'is not', null)
    .union((eb) =>
      eb
        .selectFrom('tasks as c')
        .innerJoin('tasks as t', 't.id', 'c.parent_task_id')
        .select('t.id')
        .where('t.plan_id', '=', planId),
    )
    .execute();
  return rows.map((r) => r.id).filter((id): id is string => id !== null);
}
