import type { BodyKind } from '@lantoa/domain';
import type { PlanExtract, Timeframe } from '@lantoa/plan-parser';
import {
  buildPlanDocumentDocx,
  convertDocxToPdf,
  documentKindName,
  formatDocumentDate,
  PdfConversionError,
  PdfUnavailableError,
  type PlanBasisDocument,
  type PlanDocumentContent,
} from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { targetsOf, tasksInForce } from '../../rows/plan-content.ts';
import { initialsOf, peoplesCommittee, placeOf } from '../shared/official-names.ts';
import { loadVisiblePlan } from './load-plan.ts';
import { readCoordination } from './task-work.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface PlanDocumentFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** The parts of a published plan's stored extract the document prints; older rows may lack some. */
type StoredExtract = Partial<Pick<PlanExtract, 'basis' | 'tasks' | 'reporting' | 'responsibilities'>> & {
  document?: Partial<PlanExtract['document']>;
};

const PEOPLES_COMMITTEE = /^(Ủy|Uỷ) ban nhân dân\s/iu;
const numberKey = (n: string) => n.replace(/\s+/g, '').toUpperCase().normalize('NFC');
const isDocumentDate = (s: string | null | undefined): s is string =>
  typeof s === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s);
/** A plan's title as printed under "KẾ HOẠCH": "Về việc ban hành Kế hoạch đẩy mạnh …" → "Đẩy mạnh …". */
const subjectOf = (title: string) =>
  title
    .trim()
    .replace(/^(Về việc\s+)?(ban hành\s+)?Kế hoạch\s+/iu, '')
    .replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'));
/** Names as written, each once, in order. */
const distinct = (names: string[]) => [...new Set(names.map((n) => n.trim()).filter(Boolean))];

/**
 * A published plan as the official document of a Kế hoạch (Decree 30/2020/NĐ-CP), for the issuing
 * body to sign or to start its own plan from: .docx, or PDF through LibreOffice. Anyone who may read
 * the plan may download it (a plan outside the actor's scope is not found); a server without
 * LibreOffice, or a conversion that fails, answers 503 saying to take the .docx.
 */
export async function exportPlanDocument(
  ctx: Context,
  id: string,
  format: 'docx' | 'pdf',
): Promise<PlanDocumentFile> {
  const plan = await loadVisiblePlan(ctx, id);
  const extract = (plan.extract ?? {}) as StoredExtract;
  const pathIds = plan.body_path.split('/').filter(Boolean);
  const [targets, tasks, assignments, seats, parent] = await Promise.all([
    targetsOf(ctx.db, id),
    tasksInForce(ctx.db, id).select(['id', 'ref', 'title', 'timeframe', 'coordination']).execute(),
    ctx.db
      .selectFrom('assignments as a')
      .innerJoin('tasks as t', 't.id', 'a.task_id')
      .select(['a.task_id', 'a.role', 'a.written_as'])
      .where('t.plan_id', '=', id)
      .where('a.removed_in_version', 'is', null)
      .orderBy('a.written_as')
      .execute(),
    // The province or commune the issuer belongs to: its people's committee and its place.
    ctx.db
      .selectFrom('bodies')
      .select(['id', 'name', 'kind'])
      .where('id', 'in', pathIds)
      .where('kind', 'in', ['province', 'commune'])
      .execute(),
    plan.parent_plan_id
      ? ctx.db
          .selectFrom('plans as p')
          .innerJoin('bodies as b', 'b.id', 'p.body_id')
          .select([
            'p.number',
            'p.kind',
            'p.issued_on',
            'p.extract',
            'b.name as body_name',
            'b.kind as body_kind',
          ])
          .where('p.id', '=', plan.parent_plan_id)
          .executeTakeFirst()
      : undefined,
  ]);

  const seat = seats.sort((a, b) => pathIds.indexOf(b.id) - pathIds.indexOf(a.id))[0];
  const issuerName = extract.document?.issuer?.trim() || issuerOf(plan.body_name, plan.body_kind);
  const committee = PEOPLES_COMMITTEE.test(issuerName);
  // A department's superior is its province's (or commune's) people's committee.
  const superior = !committee && seat && seat.id !== plan.body_id ? peoplesCommittee(seat.name) : null;

  // A plan issued with a decision carries the decision's number: the plan itself is unnumbered.
  const kind = plan.kind ?? extract.document?.kind ?? 'KH';
  const ownNumber = kind === 'KH' ? plan.number : null;
  const date = isDocumentDate(plan.issued_on) ? plan.issued_on : null;
  const note =
    kind !== 'KH' && plan.number
      ? `(Ban hành kèm theo ${documentKindName(kind, plan.number)} số ${plan.number}${date ? ` ngày ${formatDocumentDate(date)}` : ''} của ${issuerName})`
      : null;
  const symbol = ownNumber?.split('/')[1]?.trim() || `KH-${committee ? 'UBND' : initialsOf(plan.body_name)}`;

  const written = new Map((extract.tasks ?? []).map((t) => [numberKey(t.ref), t]));
  const content: PlanDocumentContent = {
    issuer: { parent: superior, name: issuerName },
    number: ownNumber,
    symbol,
    place: extract.document?.place?.trim() || placeOf(seat?.name ?? plan.body_name),
    date,
    title: subjectOf(plan.title),
    note,
    basis: basisWithParent(extract.basis ?? [], parent),
    // The parser keeps no purposes: the document prints a neutral line the body edits.
    purposes: [],
    targets: targets.map((t) => ({
      text: t.text,
      comparator: t.comparator,
      value: Number(t.value),
      unit: t.unit,
      year: t.year,
    })),
    tasks: tasks.map((t) => {
      // The names as the plan wrote them; a task the extract lacks takes its assignments' names.
      const asWritten = written.get(numberKey(t.ref));
      const named = (role: 'lead' | 'partner') =>
        distinct([
          ...assignments.filter((a) => a.task_id === t.id && a.role === role).map((a) => a.written_as),
          ...readCoordination(t.coordination)
            .filter((c) => c.role === role)
            .map((c) => c.writtenAs),
        ]);
      return {
        ref: t.ref,
        title: t.title,
        lead: asWritten ? distinct(asWritten.lead) : named('lead'),
        partners: asWritten ? distinct(asWritten.partners) : named('partner'),
        timeframe: (t.timeframe as Timeframe | null)?.text ?? '',
      };
    }),
    responsibilities: (extract.responsibilities ?? []).map((r) => ({ agency: r.agency, duties: r.duties })),
    reporting: (extract.reporting ?? []).map((r) => ({
      from: r.from,
      to: r.to,
      day: r.day,
      month: r.month,
      recurrence: r.recurrence,
      text: r.text,
    })),
    recipients: ['Như mục V', 'Lưu: VT'],
    signer: {
      title:
        extract.document?.signer?.title?.trim() ||
        (committee ? 'Chủ tịch' : plan.body_kind === 'department' ? 'Giám đốc' : 'Thủ trưởng cơ quan'),
      name: extract.document?.signer?.name?.trim() || null,
    },
  };

  const docx = await buildPlanDocumentDocx(content);
  const base = `ke-hoach-${plan.number ? plan.number.trim().replace(/[^\p{L}\p{N}]+/gu, '-') : plan.id}`;
  if (format === 'docx') return { name: `${base}.docx`, mediaType: DOCX, bytes: docx };
  try {
    return { name: `${base}.pdf`, mediaType: 'application/pdf', bytes: await convertDocxToPdf(docx) };
  } catch (error) {
    if (error instanceof PdfUnavailableError || error instanceof PdfConversionError) {
      throw new AppError('pdf_unavailable', error.message);
    }
    throw error;
  }
}

/** A province or commune issues through its people's committee; any other body in its own name. */
function issuerOf(bodyName: string, kind: BodyKind): string {
  return kind === 'province' || kind === 'commune' ? peoplesCommittee(bodyName) : bodyName;
}

/** The plan this one carries out is cited first; the same document is not cited twice. */
function basisWithParent(
  basis: PlanExtract['basis'],
  parent:
    | {
        number: string | null;
        kind: string | null;
        issued_on: string | null;
        extract: unknown;
        body_name: string;
        body_kind: BodyKind;
      }
    | undefined,
): PlanBasisDocument[] {
  const cited = basis.map((b) => ({ kind: b.kind, number: b.number, date: b.date, issuer: b.issuer }));
  if (!parent?.number) return cited;
  const parentNumber = numberKey(parent.number);
  const parentIssuer =
    (parent.extract as StoredExtract | null)?.document?.issuer?.trim() ||
    issuerOf(parent.body_name, parent.body_kind);
  return [
    {
      kind: parent.kind ?? 'KH',
      number: parent.number,
      date: isDocumentDate(parent.issued_on) ? parent.issued_on : null,
      issuer: parentIssuer,
    },
    ...cited.filter((b) => numberKey(b.number) !== parentNumber),
  ];
}
