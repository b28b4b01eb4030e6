import { createHash } from 'node:crypto';
import { unsafeFindBody } from '@lantoa/db';
import {
  can,
  childPlanTitle,
  childTaskTitle,
  formatIsoDate,
  localCounterpart,
  vietnamToday,
} from '@lantoa/domain';
import type { PlanExtract } from '@lantoa/plan-parser';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { targetsOf } from '../../rows/plan-content.ts';
import { storeFile } from '../files/store-file.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { placeOf } from '../shared/official-names.ts';
import { loadVisiblePlan } from './load-plan.ts';

type Task = PlanExtract['tasks'][number];

/** A task of the parent the body takes part in, with the bodies that lead it above. */
interface ParentWork {
  ref: string;
  title: string;
  timeframe: Task['timeframe'];
  role: 'lead' | 'partner';
  leadsAbove: string[];
}

/** The plan a draft comes from, as its text cites it. */
interface Cited {
  number: string | null;
  issuedOn: string | null;
  issuer: string;
  title: string;
}

/** The draft as plain text, for the review's left pane: what the body's plan would say. */
function draftText(extract: PlanExtract, parent: Cited): string {
  const d = extract.document;
  const lines = [
    (d.issuer ?? '').toLocaleUpperCase('vi'),
    'Số: ......./KH-UBND',
    `${d.place ?? ''}, ngày ... tháng ... năm ${vietnamToday().slice(0, 4)}`,
    'KẾ HOẠCH',
    d.title ?? '',
    `Căn cứ Kế hoạch${parent.number ? ` số ${parent.number}` : ''}${parent.issuedOn ? ` ngày ${formatIsoDate(parent.issuedOn)}` : ''} của ${parent.issuer} về ${parent.title};`,
    ...extract.basis
      .slice(parent.number ? 1 : 0)
      .map(
        (b) =>
          `Căn cứ ${b.kind === 'KH' ? 'Kế hoạch' : 'văn bản'} số ${b.number}${b.date ? ` ngày ${formatIsoDate(b.date)}` : ''}${b.issuer ? ` của ${b.issuer}` : ''};`,
      ),
    'I. MỤC TIÊU',
    ...extract.targets.map((t) => `- ${t.text}`),
    'II. NHIỆM VỤ',
    ...extract.tasks.map(
      (t) =>
        `${t.ref}. ${t.title} (Chủ trì: ${t.lead.join('; ')}${t.timeframe ? `; thời gian: ${t.timeframe.text}` : ''})`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A body's own plan drafted from the plan above it, as a draft to review like an imported document:
 * the parent cited first among its basis (publishing links the two), the parent's targets with the
 * parent's figures as their floor, each parent task the body leads or takes part in as its own task,
 * led by the body's office that does that kind of work (or the body itself), the parent's reporting
 * deadlines and key days carried down. Asking again for the same body answers the draft already open.
 */
export async function draftChildPlan(
  ctx: Context,
  files: FileStorage,
  parentPlanId: string,
  input: { bodyId: string },
) {
  const parent = await loadVisiblePlan(ctx, parentPlanId);
  const body = await unsafeFindBody(ctx.db, input.bodyId);
  if (!body || !can(ctx.actor, 'managePlans', body.path)) throw notFound('đơn vị');
  if (body.id === parent.body_id || !body.path.startsWith(parent.body_path)) {
    throw new AppError(
      'invalid_input',
      'Chỉ đơn vị trực thuộc cơ quan ban hành mới lập kế hoạch từ kế hoạch này. Hãy chọn đơn vị cấp dưới.',
      'bodyId',
    );
  }
  const parentExtract = parent.extract as PlanExtract;
  const [targets, work, offices] = await Promise.all([
    targetsOf(ctx.db, parent.id),
    ctx.db
      .selectFrom('tasks as t')
      .innerJoin('assignments as a', 'a.task_id', 't.id')
      .select(['t.id', 't.ref', 't.title', 't.timeframe', 'a.role', 't.position'])
      .where('t.plan_id', '=', parent.id)
      .where('t.removed_in_version', 'is', null)
      .where('a.removed_in_version', 'is', null)
      .where('a.body_id', '=', body.id)
      .orderBy('t.position')
      .execute(),
    ctx.db
      .selectFrom('bodies')
      .select(['id', 'name'])
      .where('parent_id', '=', body.id)
      .orderBy('name')
      .execute(),
  ]);
  const leadsAbove = work.length
    ? await ctx.db
        .selectFrom('assignments as a')
        .innerJoin('bodies as b', 'b.id', 'a.body_id')
        .select(['a.task_id', 'b.name'])
        .where('a.task_id', 'in', [...new Set(work.map((w) => w.id))])
        .where('a.role', '=', 'lead')
        .where('a.removed_in_version', 'is', null)
        .execute()
    : [];
  // A task the body both leads and takes part in is its own once, as its lead.
  const byTask = new Map<string, ParentWork>();
  for (const w of work) {
    const known = byTask.get(w.id);
    if (known && known.role === 'lead') continue;
    byTask.set(w.id, {
      ref: w.ref,
      title: w.title,
      timeframe: w.timeframe as Task['timeframe'],
      role: w.role,
      leadsAbove: leadsAbove.filter((l) => l.task_id === w.id).map((l) => l.name),
    });
  }

  const mapping: Record<string, string[]> = { [body.name]: [body.id] };
  const tasks: Task[] = [...byTask.values()].map((w) => {
    const office = localCounterpart(w.leadsAbove, offices) ?? body;
    mapping[office.name] = [office.id];
    return {
      ref: w.ref,
      title: childTaskTitle(w.title, w.role),
      lead: [office.name],
      partners: [],
      timeframe: w.timeframe,
      // Linked: progress on it counts for the body's assignment on the parent's task.
      parentRef: w.ref,
    };
  });
  const issuerAbove = parentExtract.document.issuer ?? parent.body_name;
  const extract: PlanExtract = {
    document: {
      number: null,
      kind: 'KH',
      issuer: body.name,
      level: body.kind === 'commune' ? 'commune' : 'other',
      place: placeOf(body.name),
      date: null,
      title: childPlanTitle(parent.title, body.name),
      signer: null,
    },
    basis: [
      ...(parent.number
        ? [{ number: parent.number, date: parent.issued_on, issuer: issuerAbove, kind: 'KH' }]
        : []),
      ...parentExtract.basis.filter((b) => b.number !== parent.number),
    ],
    // The parent's figure is the body's floor: it may aim higher, not lower.
    targets: targets.map((t) => ({
      year: t.year,
      comparator: t.comparator === '=' ? '>=' : t.comparator,
      value: Number(t.value),
      unit: t.unit,
      text: t.text,
    })),
    tasks,
    reporting: parentExtract.reporting,
    events: parentExtract.events,
    responsibilities: [],
    warnings: [
      `Dự thảo lập từ Kế hoạch ${parent.number ?? 'cấp trên'}: ${tasks.length} nhiệm vụ giao cho ${body.name}, cơ quan chủ trì đề xuất theo lĩnh vực. Hãy rà soát số hiệu, ngày, mục tiêu và cơ quan chủ trì trước khi ban hành.`,
    ],
  };
  const text = draftText(extract, {
    number: parent.number,
    issuedOn: parent.issued_on,
    issuer: issuerAbove,
    title: parent.title,
  });
  const bytes = new TextEncoder().encode(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  return ctx.db.transaction().execute(async (trx) => {
    // The same draft asked twice (a double click, a second tab) is the one already open.
    const open = await trx
      .selectFrom('plan_imports as i')
      .innerJoin('files as f', 'f.id', 'i.file_id')
      .select('i.id')
      .where('i.body_id', '=', body.id)
      .where('i.status', '=', 'ready')
      .where('f.sha256', '=', sha256)
      .executeTakeFirst();
    if (open) return { import: { id: open.id, status: 'ready' as const, progress: 100 } };
    const file = await storeFile(trx, files, body.id, ctx.actor.userId, {
      name: `du-thao-ke-hoach-tu-${(parent.number ?? parent.id).replace(/[^\p{L}\p{N}]+/gu, '-')}.txt`,
      mediaType: 'text/plain',
      bytes,
    });
    const row = await insertAudited(trx, {
      table: 'plan_imports',
      values: {
        body_id: body.id,
        file_id: file.id,
        status: 'ready',
        progress: 100,
        text,
        extract: JSON.stringify(extract),
        mapping: JSON.stringify(mapping),
        parent_plan_id: parent.id,
        created_by: ctx.actor.userId,
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'plan_import.draft',
        entityType: 'plan_import',
        after: { parentPlanId: parent.id, tasks: tasks.length, targets: extract.targets.length },
      }),
    });
    return { import: { id: row.id, status: row.status, progress: row.progress } };
  });
}
