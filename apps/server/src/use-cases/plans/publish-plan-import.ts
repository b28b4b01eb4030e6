import { type Database, recordAudit } from '@lantoa/db';
import { foldVietnamese } from '@lantoa/domain';
import type { PlanExtract } from '@lantoa/plan-parser';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError, staleVersion } from '../../http/errors.ts';
import { workChanged } from '../notifications/notify.ts';
import { type WorkSnapshot, workChangesByBody, workSnapshot } from '../notifications/work-changes.ts';
import { draftOf } from './get-plan-import.ts';
import { loadPlanImport } from './load-plan-import.ts';
import { issuedOnOf, planYears } from './plan-years.ts';
import { setUpReporting } from './set-up-reporting.ts';
import { syncPlanContent } from './sync-plan-content.ts';
import { bodyPaths, taskWork } from './task-work.ts';

const normaliseNumber = (n: string) => n.replace(/\s+/g, '').toUpperCase().normalize('NFC');

/**
 * The published plan this one is based on, among plans issued by a body above it: a basis entry
 * with the same number, or (for a plan published as a draft without its number) the same date
 * and an issuer naming that body.
 */
export async function findParentPlan(trx: Kysely<Database>, basis: PlanExtract['basis'], bodyPath: string) {
  if (basis.length === 0) return null;
  const ancestors = bodyPath.split('/').filter(Boolean).slice(0, -1);
  if (ancestors.length === 0) return null;
  const candidates = await trx
    .selectFrom('plans as p')
    .innerJoin('bodies as b', 'b.id', 'p.body_id')
    .select(['p.id', 'p.number', 'p.issued_on', 'b.short_names', 'b.name'])
    .where('p.body_id', 'in', ancestors)
    .orderBy('p.created_at', 'desc')
    .execute();
  for (const entry of basis) {
    const byNumber = candidates.find(
      (c) => c.number && normaliseNumber(c.number) === normaliseNumber(entry.number),
    );
    if (byNumber) return byNumber.id;
    const byDate = candidates.find(
      (c) =>
        entry.date &&
        c.issued_on === entry.date &&
        [c.name, ...c.short_names].some((n) =>
          foldVietnamese(entry.issuer ?? '').includes(foldVietnamese(n)),
        ),
    );
    if (byDate) return byDate.id;
  }
  return null;
}

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
        .returning(['id', 'current_version'])
        .executeTakeFirstOrThrow();
      planId = amended.id;
      planVersion = amended.current_version;
    } else {
      const created = await trx
        .insertInto('plans')
        .values({
          ...fields,
          body_id: body.id,
          parent_plan_id: row.parent_plan_id ?? (await findParentPlan(trx, extract.basis, body.path)),
          created_by: ctx.actor.userId,
        })
        .returning(['id', 'current_version'])
        .executeTakeFirstOrThrow();
      planId = created.id;
      planVersion = created.current_version;
    }
    await trx
      .insertInto('plan_versions')
      .values({ plan_id: planId, version_no: planVersion, extract: stored, created_by: ctx.actor.userId })
      .execute();
    const counts = await syncPlanContent(trx, {
      planId,
      version: planVersion,
      extract,
      mapping,
      schedule,
      actorId: ctx.actor.userId,
      bodyId: body.id,
      issuerPath: body.path,
    });
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
