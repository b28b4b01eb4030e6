import { type Database, recordAudit } from '@lantoa/db';
import { foldVietnamese, type Occurrence, scheduleOccurrences } from '@lantoa/domain';
import type { PlanExtract } from '@lantoa/plan-parser';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { BodyMapping } from './get-plan-import.ts';
import { getPlanImport } from './get-plan-import.ts';
import { loadPlanImport } from './load-plan-import.ts';
import { issuedOnOf, planYears } from './plan-years.ts';

const CHUNK = 500;
async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

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
 * Publishes a reviewed draft: the plan, its targets, tasks, the assignment of each task to each
 * mapped lead and partner body, and each assignment's occurrences with due dates. All in one
 * transaction with one audit row; a task whose lead maps to no body stops the publication.
 */
export async function publishPlanImport(ctx: Context, id: string, version: number) {
  const { row, body } = await loadPlanImport(ctx, id);
  if (row.status !== 'ready')
    throw new AppError('conflict', 'Bản nhập này đã được công bố hoặc chưa đọc xong.');
  if (row.version !== version) {
    throw new AppError(
      'stale_version',
      'Bản nhập vừa được người khác sửa. Hãy tải lại trang trước khi công bố.',
    );
  }
  const draft = await getPlanImport(ctx, id);
  const extract = draft.extract;
  if (!extract) throw new AppError('conflict', 'Bản nhập chưa có dữ liệu để công bố.');
  const mapping: BodyMapping = draft.mapping;
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
    const plan = await trx
      .insertInto('plans')
      .values({
        body_id: body.id,
        number: extract.document.number,
        kind: extract.document.kind,
        title: extract.document.title as string,
        issued_on: extract.document.date,
        level: extract.document.level,
        start_year: startYear,
        end_year: endYear,
        parent_plan_id: await findParentPlan(trx, extract.basis, body.path),
        extract: JSON.stringify({ ...extract, mapping }),
        created_by: ctx.actor.userId,
      })
      .returning(['id', 'title'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('plan_versions')
      .values({
        plan_id: plan.id,
        version_no: 1,
        extract: JSON.stringify({ ...extract, mapping }),
        created_by: ctx.actor.userId,
      })
      .execute();
    if (extract.targets.length) {
      await trx
        .insertInto('targets')
        .values(
          extract.targets.map((t, position) => ({
            plan_id: plan.id,
            position,
            year: t.year,
            comparator: t.comparator,
            value: t.value,
            unit: t.unit,
            text: t.text,
          })),
        )
        .execute();
    }
    let assignmentCount = 0;
    let occurrenceCount = 0;
    for (const [position, task] of extract.tasks.entries()) {
      const taskRow = await trx
        .insertInto('tasks')
        .values({
          plan_id: plan.id,
          position,
          ref: task.ref,
          title: task.title,
          timeframe: JSON.stringify(task.timeframe),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const seen = new Set<string>();
      const assignments: {
        task_id: string;
        body_id: string;
        role: 'lead' | 'partner';
        written_as: string;
      }[] = [];
      for (const role of ['lead', 'partner'] as const) {
        for (const name of role === 'lead' ? task.lead : task.partners) {
          for (const bodyId of mapping[name] ?? []) {
            // A body that leads a task is not also listed as its partner.
            if (seen.has(bodyId)) continue;
            seen.add(bodyId);
            assignments.push({ task_id: taskRow.id, body_id: bodyId, role, written_as: name });
          }
        }
      }
      const dates: Occurrence[] = scheduleOccurrences(task.timeframe, schedule);
      const inserted: { id: string }[] = [];
      await insertChunked(assignments, async (chunk) =>
        inserted.push(...(await trx.insertInto('assignments').values(chunk).returning('id').execute())),
      );
      const occurrences = inserted.flatMap((a) =>
        dates.map((d) => ({ assignment_id: a.id, due_on: d.dueOn, label: d.label, kind: d.kind })),
      );
      await insertChunked(occurrences, (chunk) => trx.insertInto('occurrences').values(chunk).execute());
      assignmentCount += inserted.length;
      occurrenceCount += occurrences.length;
    }
    await trx.updateTable('plan_imports').set({ plan_id: plan.id }).where('id', '=', id).execute();
    const summary = {
      planId: plan.id,
      title: plan.title,
      tasks: extract.tasks.length,
      targets: extract.targets.length,
      assignments: assignmentCount,
      occurrences: occurrenceCount,
    };
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'plan.publish',
      entityType: 'plan',
      entityId: plan.id,
      after: summary,
    });
    return summary;
  });
}
