import type { Database } from '@lantoa/db';
import {
  type Actor,
  can,
  decidingPathOf,
  emptyEvidence,
  foldVietnamese,
  type NominationEvidence,
} from '@lantoa/domain';
import type { Kysely, Selectable } from 'kysely';

// A nomination as the honours' use cases read it (one query, its type derived from it) and the shapes
// the contract answers. The body that decides is the one above the nominating body (its parent).

/** A nomination with its nominee body, the nominating body and the body above it, which decides. */
export const nominationQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('honour_nominations as nomination')
    .innerJoin('bodies as nominee', 'nominee.id', 'nomination.nominee_body_id')
    .innerJoin('bodies as nominating', 'nominating.id', 'nomination.nominating_body_id')
    .leftJoin('bodies as deciding', 'deciding.id', 'nominating.parent_id')
    .selectAll('nomination')
    .select([
      'nominee.name as nominee_name',
      'nominee.kind as nominee_kind_of_body',
      'nominee.path as nominee_path',
      'nominating.name as nominating_name',
      'nominating.kind as nominating_kind',
      'nominating.path as nominating_path',
      'deciding.id as deciding_id',
      'deciding.name as deciding_name',
      'deciding.kind as deciding_kind',
    ]);

export type NominationRow = Awaited<
  ReturnType<ReturnType<typeof nominationQuery>['executeTakeFirstOrThrow']>
>;

/** The folded text the list searches: who is nominated, by whom, under which decision. */
export const nominationSearchText = (parts: {
  nomineeName: string;
  nominatingName: string;
  personName: string | null;
  personTitle: string;
  decisionNo: string | null;
}) =>
  foldVietnamese(
    [
      parts.personName ?? '',
      parts.personTitle,
      parts.nomineeName,
      parts.nominatingName,
      parts.decisionNo ?? '',
    ]
      .filter(Boolean)
      .join(' '),
  );

/** Whether the actor decides the nomination: a decider over the body above the nominating one. */
export function decides(actor: Actor, row: Pick<NominationRow, 'nominating_path'>): boolean {
  const deciding = decidingPathOf(row.nominating_path);
  return deciding !== null && can(actor, 'decideHonours', deciding);
}

/** The snapshot as stored (jsonb), completed with zeros where an older snapshot lacks a figure. */
function evidenceOf(row: Pick<NominationRow, 'evidence' | 'year' | 'created_at'>): NominationEvidence {
  const empty = emptyEvidence(row.year, `${row.year}-01-01`);
  const stored = (row.evidence ?? {}) as Partial<NominationEvidence>;
  return {
    ...empty,
    ...stored,
    tasks: { ...empty.tasks, ...stored.tasks, counts: { ...empty.tasks.counts, ...stored.tasks?.counts } },
    outputs: { ...empty.outputs, ...stored.outputs },
    courses: { ...empty.courses, ...stored.courses },
    people: { ...empty.people, ...stored.people },
    events: { ...empty.events, ...stored.events },
    broadcast: { ...empty.broadcast, ...stored.broadcast },
  };
}

/** The contract's `nominationSummary`. */
export const nominationSummaryView = (row: NominationRow) => ({
  id: row.id,
  year: row.year,
  status: row.status,
  form: row.honour_form,
  nomineeKind: row.nominee_kind,
  nominee: { id: row.nominee_body_id, name: row.nominee_name, kind: row.nominee_kind_of_body },
  personName: row.person_name,
  personTitle: row.person_title,
  nominatingBody: { id: row.nominating_body_id, name: row.nominating_name, kind: row.nominating_kind },
  decidingBody:
    row.deciding_id && row.deciding_name && row.deciding_kind
      ? { id: row.deciding_id, name: row.deciding_name, kind: row.deciding_kind }
      : null,
  decisionNo: row.decision_no,
  decidedOn: row.decided_on,
  certificateNo: row.certificate_no,
  createdAt: row.created_at.toISOString(),
  version: row.version,
});

/** The contract's `nomination`: the summary, the record, and what the reader may do with it. */
export async function nominationDetail(db: Kysely<Database>, actor: Actor, row: NominationRow) {
  const userIds = [row.decided_by, row.created_by].filter((id): id is string => id !== null);
  const [event, people] = await Promise.all([
    row.event_id
      ? db
          .selectFrom('events')
          .select(['id', 'title', 'starts_on'])
          .where('id', '=', row.event_id)
          .executeTakeFirst()
      : undefined,
    userIds.length
      ? db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', userIds).execute()
      : [],
  ]);
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.full_name ?? null;
  const waiting = row.status === 'submitted';
  return {
    ...nominationSummaryView(row),
    achievements: row.achievements,
    evidence: evidenceOf(row),
    event: event ? { id: event.id, title: event.title, startsOn: event.starts_on } : null,
    decisionReason: row.decision_reason,
    citation: row.citation,
    decidedBy: nameOf(row.decided_by),
    certificateIssuedAt: row.certificate_issued_at?.toISOString() ?? null,
    createdBy: nameOf(row.created_by),
    canEdit: waiting && can(actor, 'nominateHonours', row.nominating_path),
    canDecide: waiting && decides(actor, row),
    canCertify:
      row.status === 'approved' && row.honour_form === 'certificate_of_merit' && decides(actor, row),
  };
}

/** What the audit keeps of a nomination: its fields and its decision. */
export const nominationAudit = (row: Selectable<Database['honour_nominations']>) => ({
  year: row.year,
  nomineeKind: row.nominee_kind,
  nomineeBodyId: row.nominee_body_id,
  personName: row.person_name,
  personTitle: row.person_title,
  form: row.honour_form,
  eventId: row.event_id,
  achievements: row.achievements,
  status: row.status,
  decisionNo: row.decision_no,
  decidedOn: row.decided_on,
  decisionReason: row.decision_reason,
  citation: row.citation,
  certificateNo: row.certificate_no,
});
