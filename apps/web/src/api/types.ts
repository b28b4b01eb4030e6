/** Shapes of the Lan Tỏa HTTP API, as the staff app reads them. */

// Types only (erased from the bundle): shapes the server takes as they are from the workspace packages.
import type { Completeness as CompletenessSummary } from '@lantoa/domain';
import type { Comparator, PlanDocumentInfo, PlanTarget, PlanTask, Timeframe } from '@lantoa/plan-parser';

export type { ConsolidatedReport } from '@lantoa/reports';
export type { Comparator, Timeframe };
export type ExtractTarget = PlanTarget;
export type ExtractTask = PlanTask;

export const BODY_KINDS = [
  'country',
  'province',
  'department',
  'press_agency',
  'pc_office',
  'commune',
  'village',
  'digital_team',
  'school',
  'association',
  'business',
  'other',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const ROLES = ['admin', 'coordinator', 'focal_point', 'viewer', 'broadcaster'] as const;
export type Role = (typeof ROLES)[number];

/** A body as the library and broadcasting APIs name it. */
export type BodyRef = Pick<BodyBrief, 'id' | 'name'>;

export interface BodyBrief {
  id: string;
  name: string;
  kind: BodyKind;
}

export interface Body extends BodyBrief {
  parentId: string | null;
  shortNames: string[];
  aliases: string[];
  code: string | null;
  childCount: number;
  version: number;
}

export interface BodySearchHit extends Body {
  path: BodyBrief[];
}

export interface RoleGrant {
  role: Role;
  scopeBodyId: string;
  scopeBodyName?: string;
}

export interface Me {
  user: {
    id: string;
    username: string;
    fullName: string;
    email: string | null;
    body: BodyBrief;
    roles: RoleGrant[];
  };
  csrfToken: string;
  /** Whether the person holds each ability somewhere in their scope (server: ABILITIES). */
  abilities: Record<
    | 'readBody'
    | 'editBody'
    | 'manageUsers'
    | 'readAudit'
    | 'managePlans'
    | 'updateTasks'
    | 'manageContests'
    | 'contributeLibrary'
    | 'reviewLibrary'
    | 'broadcast',
    boolean
  >;
}

export interface BodyDetail {
  body: Body;
  ancestors: BodyBrief[];
  abilities: { update: boolean; createChild: boolean; manageUsers: boolean };
}

export interface User {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  body: BodyBrief;
  roles: RoleGrant[];
  disabled: boolean;
  createdAt: string;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface AuditEntry {
  id: string | number;
  at: string;
  actor: { id: string; username: string; fullName: string } | null;
  body: BodyBrief | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

// Plans and tasks ------------------------------------------------------------------------------

export const OCCURRENCE_STATES = ['done_on_time', 'done_late', 'in_progress', 'overdue'] as const;
export type OccurrenceState = (typeof OCCURRENCE_STATES)[number];
export type StateCounts = Record<OccurrenceState, number>;

/** The parser's reading of a plan document (shared/spec/plan-extract.md). */
export interface PlanExtract {
  document: PlanDocumentInfo;
  basis: unknown[];
  targets: ExtractTarget[];
  tasks: ExtractTask[];
  reporting: unknown[];
  events: unknown[];
  responsibilities: unknown[];
  warnings: string[];
}

export type NameMatch =
  | { type: 'body'; confidence: number; matchedOn?: string; body: BodyBrief }
  | { type: 'group'; confidence: number; label: string; kinds?: string[]; bodies: BodyBrief[] }
  | { type: 'none'; confidence: number; candidates: { confidence: number; body: BodyBrief }[] };

export type PlanImportStatus = 'queued' | 'parsing' | 'ready' | 'failed' | 'published';

export interface PlanImport {
  id: string;
  status: PlanImportStatus;
  progress: number;
  error: string | null;
  fileName: string;
  fileSize: number;
  body: BodyBrief;
  planId: string | null;
  amendsPlanId: string | null;
  text: string | null;
  extract: PlanExtract | null;
  names: { text: string; match: NameMatch }[];
  mapping: Record<string, string[]>;
  version: number;
}

export interface PublishSummary {
  planId: string;
  version?: number;
  title: string;
  tasks: number;
  targets: number;
  assignments: number;
  occurrences: number;
}

/** What a plan's list row and its page both show of it. */
export interface PlanHeader {
  id: string;
  number: string | null;
  title: string;
  issuedOn: string | null;
  level: string | null;
  startYear: number | null;
  endYear: number | null;
  version: number;
  body: BodyBrief;
}

export interface PlanListItem extends PlanHeader {
  parentPlanId: string | null;
  taskCount: number;
}

export interface Target extends ExtractTarget {
  id: string;
}

export interface AssignmentSummary {
  id: string;
  role: 'lead' | 'partner';
  writtenAs: string;
  body: BodyBrief;
  counts: StateCounts;
  nextDue: string | null;
}

export interface PlanDetail {
  plan: PlanHeader & { parent: { id: string; number: string | null; title: string } | null };
  today: string;
  counts: StateCounts;
  targets: Target[];
  tasks: {
    id: string;
    ref: string;
    title: string;
    timeframe: Timeframe | null;
    assignments: AssignmentSummary[];
  }[];
  bodies: { body: BodyBrief; counts: StateCounts }[];
}

export interface Conformance {
  plan: { id: string; number: string | null; title: string };
  parent: { id: string; number: string | null; title: string; body: { id: string; name: string } } | null;
  comparison: {
    targets: {
      parent: Target;
      child: Target | null;
      status: 'missing' | 'lower' | 'equal' | 'higher';
      similarity: number;
    }[];
    extraChildTargets: Target[];
    tasks: {
      parent: { id: string; ref: string; title: string };
      child: { id: string; ref: string; title: string } | null;
      similarity: number;
    }[];
    summary: {
      missingTargets: number;
      lowerTargets: number;
      higherTargets: number;
      tasksWithoutCounterpart: number;
    };
  } | null;
}

export interface Evidence {
  id: string;
  url: string | null;
  file: { id: string; name: string | null; mediaType: string | null; size: number | null } | null;
  createdAt?: string;
}

export interface Occurrence {
  id: string;
  assignmentId: string;
  dueOn: string;
  label: string;
  kind: string;
  completedOn: string | null;
  note: string | null;
  state: OccurrenceState;
  version: number;
  evidence: Evidence[];
}

export interface AssignmentDetail {
  assignment: {
    id: string;
    role: 'lead' | 'partner';
    writtenAs: string;
    body: BodyBrief;
    canUpdate: boolean;
  };
  task: { id: string; ref: string; title: string; timeframe: Timeframe | null };
  plan: { id: string; number: string | null; title: string };
  today: string;
  occurrences: Occurrence[];
  contributions: {
    assignmentId: string;
    role: 'lead' | 'partner';
    body: BodyBrief;
    occurrences: Occurrence[];
  }[];
}

export interface TaskHistoryItem {
  id: string | number;
  at: string;
  action: string;
  actor: { username: string; fullName: string } | null;
  body: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface MyTask {
  assignmentId: string;
  role: 'lead' | 'partner';
  task: { ref: string; title: string };
  plan: { id: string; number: string | null; title: string };
  body: { id: string; name: string };
  next: { occurrenceId: string; dueOn: string; label: string; state: OccurrenceState } | null;
  open: number;
  overdue: number;
  done: number;
}

export interface CalendarItem {
  dueOn: string;
  label: string;
  task: { id: string; ref: string; title: string };
  plan: { id: string; number: string | null };
  assignmentId: string;
  bodies: number;
  counts: StateCounts;
}

export interface CalendarData {
  today: string;
  items: CalendarItem[];
  keyDays: { date: string; name: string }[];
  peaks: { from: string; to: string; taskId: string; title: string }[];
}

export interface OverdueItem {
  occurrenceId: string;
  dueOn: string;
  label: string;
  daysLate: number;
  assignmentId: string;
  role: 'lead' | 'partner';
  body: { id: string; name: string };
  task: { ref: string; title: string };
  plan: { id: string; number: string | null };
}

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  read: boolean;
}

// Reports and indicators -----------------------------------------------------------------------

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'accepted';
export const SUBMISSION_STATUSES = ['on_time', 'late', 'missing', 'not_due'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export interface YearTarget {
  year: number | null;
  comparator: Comparator;
  value: number;
}

export interface Indicator {
  id: string;
  name: string;
  numeratorLabel: string;
  denominatorLabel: string;
  unit: string;
  source: 'reported' | 'computed';
  computedKind: string | null;
  targetText: string | null;
  version: number;
  targets: YearTarget[];
}

export interface IndicatorInput {
  name: string;
  numeratorLabel: string;
  denominatorLabel: string;
  unit: string;
  targets: YearTarget[];
}

export interface Period {
  id: string;
  key: string;
  label: string;
  kind: string;
  dataFrom: string;
  dataTo: string;
  dueOn: string;
}

export interface BodyWithCode extends BodyBrief {
  code: string | null;
}

export interface Completeness {
  period: { id: string; label: string; dueOn: string };
  summary: CompletenessSummary;
  bodies: {
    body: BodyWithCode;
    reportStatus: ReportStatus | null;
    submittedAt: string | null;
    timeliness: SubmissionStatus;
  }[];
}

export interface Fraction {
  numerator: number;
  denominator: number;
  value: number | null;
}

/**
 * An indicator's value at a body for a period. A computed indicator of a closed period keeps the
 * value it had at the close: `asOf` is that instant (ISO); null while open, or when reported.
 */
export interface IndicatorValue extends Fraction {
  asOf?: string | null;
}

export interface ReportForm {
  period: { id: string; key: string; label: string; dueOn: string; dataFrom: string; dataTo: string };
  plan: { id: string; number: string | null; title: string };
  body: BodyBrief;
  abilities: { edit: boolean; submit: boolean; review: boolean; unlock: boolean };
  report: {
    id: string | null;
    status: ReportStatus;
    results: string;
    difficulties: string;
    proposals: string;
    reviewComment: string | null;
    submittedAt: string | null;
    version: number;
  };
  tasks: {
    counts: StateCounts;
    items: {
      occurrenceId: string;
      assignmentId: string;
      ref: string;
      title: string;
      role: 'lead' | 'partner';
      label: string;
      dueOn: string;
      completedOn: string | null;
      note: string | null;
      state: OccurrenceState;
    }[];
  };
  indicators: {
    id: string;
    name: string;
    unit: string;
    numeratorLabel: string;
    denominatorLabel: string;
    source: 'reported' | 'computed';
    target: YearTarget | null;
    value: (IndicatorValue & { note?: string | null }) | null;
    previous: Fraction | null;
  }[];
}

export interface ReportSaveInput {
  results?: string;
  difficulties?: string;
  proposals?: string;
  values?: { indicatorId: string; numerator: number; denominator: number; note?: string | null }[];
  version: number;
}

export interface RollUp {
  indicator: { id: string; name: string; unit: string; source: 'reported' | 'computed' };
  period: { id: string; label: string };
  body: BodyBrief;
  target: YearTarget | null;
  value: IndicatorValue & {
    reporting: number | null;
    progress: { met: boolean | null; ratio: number | null; gap: number | null } | null;
  };
  children: {
    body: BodyWithCode;
    numerator: number;
    denominator: number;
    value: number | null;
    met: boolean | null;
  }[];
}

export interface Series {
  indicator: { id: string; name: string; unit: string; source: 'reported' | 'computed' };
  body: { id: string; name: string };
  points: (IndicatorValue & {
    period: { id: string; key: string; label: string; dueOn: string };
    target: YearTarget | null;
  })[];
}

export interface TemplateImportResult {
  saved: number;
  errors: { row: number; field: string; message: string }[];
}
