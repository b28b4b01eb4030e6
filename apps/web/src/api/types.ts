/**
 * Shapes of the Lan Tỏa HTTP API, as the staff app reads them: inferred from the API contract
 * (`@lantoa/api-contract`, the zod schemas the server declares as its routes' responses), so a
 * change on one side that the other does not follow fails `tsc`. Types only: nothing of the
 * contract or of zod reaches the bundle.
 */
import type * as audit from '@lantoa/api-contract/audit';
import type * as auth from '@lantoa/api-contract/auth';
import type * as bodies from '@lantoa/api-contract/bodies';
import type * as cascade from '@lantoa/api-contract/cascade';
import type * as common from '@lantoa/api-contract/common';
import type * as notifications from '@lantoa/api-contract/notifications';
import type * as plans from '@lantoa/api-contract/plans';
import type * as reportTemplate from '@lantoa/api-contract/report-template';
import type * as reports from '@lantoa/api-contract/reports';
import type * as tasks from '@lantoa/api-contract/tasks';
import type * as training from '@lantoa/api-contract/training';
import type * as users from '@lantoa/api-contract/users';
import type { z } from 'zod';

export type {
  BodyKind,
  OccurrenceState,
  ReportStatus,
  ReportTransition,
  Role,
  SubmissionStatus,
} from '@lantoa/domain/constants';

// Bodies and accounts ---------------------------------------------------------------------------

export type BodyBrief = z.output<typeof common.bodyBrief>;
/** A body as the library and broadcasting APIs name it. */
export type BodyRef = z.output<typeof common.bodyRef>;
export type BodyWithCode = z.output<typeof common.bodyWithCode>;
export type Body = z.output<typeof bodies.body>;
export type BodyList = z.output<typeof bodies.bodyList>;
/** A new body and a change of one, as the server's request schemas take them (before defaults). */
export type BodyCreateInput = z.input<typeof bodies.bodyCreateInput>;
export type BodyUpdateInput = z.input<typeof bodies.bodyUpdateInput>;
/** A new account and a change of one, as the server's request schemas take them (before defaults). */
export type UserCreateInput = z.input<typeof users.userCreateInput>;
export type UserUpdateInput = z.input<typeof users.userUpdateInput>;
export type BodyResponse = z.output<typeof bodies.bodyResponse>;
export type BodyDetail = z.output<typeof bodies.bodyDetail>;
export type BodySearchHit = z.output<typeof bodies.bodySearchHit>;
export type BodySearch = z.output<typeof bodies.bodySearch>;
export type NameMatch = z.output<typeof bodies.nameMatch>;

export type RoleGrant = z.output<typeof users.roleGrant>;
export type User = z.output<typeof users.user>;
export type UserPage = z.output<typeof users.userPage>;
export type UserResponse = z.output<typeof users.userResponse>;
export type Me = z.output<typeof auth.me>;

export type AuditEntry = z.output<typeof audit.auditEntry>;
export type AuditEntryPage = z.output<typeof audit.auditPage>;

export type Notification = z.output<typeof notifications.notification>;
export type NotificationList = z.output<typeof notifications.notificationList>;

// Plans and tasks ------------------------------------------------------------------------------

export type StateCounts = z.output<typeof common.stateCounts>;
export type PlanExtract = z.output<typeof plans.planExtract>;
export type ExtractTarget = PlanExtract['targets'][number];
export type ExtractTask = PlanExtract['tasks'][number];
/** When a task is done, as the plan prints it and as far as it could be read. */
export type Timeframe = z.output<typeof tasks.timeframe>;
export type PlanImportStatus = z.output<typeof plans.planImportStatus>;
export type PlanImportQueued = z.output<typeof plans.planImportQueued>;
export type PlanImport = z.output<typeof plans.planImport>;
export type PublishSummary = z.output<typeof plans.publishSummary>;
/** What a plan's list row and its page both show of it. */
export type PlanHeader = z.output<typeof plans.planHeader>;
export type PlanListItem = z.output<typeof plans.planListItem>;
export type PlanList = z.output<typeof plans.planList>;
export type Target = z.output<typeof plans.target>;
export type AssignmentSummary = z.output<typeof plans.assignmentSummary>;
export type PlanDetail = z.output<typeof plans.planDetail>;
export type Conformance = z.output<typeof plans.conformance>;
/** The communes and wards below a plan's issuer, one page (GET /api/plans/:id/cascade). */
export type CascadePage = z.output<typeof cascade.cascade>;
export type CascadeItem = CascadePage['items'][number];
/** The cascade's filters and order, the same for a page, the workbook and the reminder. */
export type CascadeFilter = z.input<typeof cascade.cascadeQuery>;

export type Evidence = z.output<typeof tasks.evidence>;
export type EvidenceResponse = z.output<typeof tasks.evidenceResponse>;
export type Occurrence = z.output<typeof tasks.occurrence>;
export type AssignmentDetail = z.output<typeof tasks.assignmentDetail>;
export type ProgressResponse = z.output<typeof tasks.progressResponse>;
export type TaskHistoryItem = z.output<typeof tasks.taskHistoryItem>;
export type TaskHistory = z.output<typeof tasks.taskHistory>;
export type MyTask = z.output<typeof tasks.myTask>;
export type MyTasks = z.output<typeof tasks.myTasks>;
export type CalendarItem = z.output<typeof tasks.calendarItem>;
export type CalendarData = z.output<typeof tasks.calendar>;
export type OverdueItem = z.output<typeof tasks.overdueItem>;
export type OverdueList = z.output<typeof tasks.overdue>;

// Reports and indicators -----------------------------------------------------------------------

export type YearTarget = z.output<typeof reports.yearTarget>;
export type Comparator = YearTarget['comparator'];
export type Indicator = z.output<typeof reports.indicator>;
export type IndicatorList = z.output<typeof reports.indicatorList>;
export type Period = z.output<typeof reports.period>;
export type PeriodList = z.output<typeof reports.periodList>;
export type Created = z.output<typeof reports.created>;
export type Completeness = z.output<typeof reports.completeness>;
export type Fraction = z.output<typeof reports.fraction>;
export type IndicatorValue = z.output<typeof reports.indicatorValue>;
export type ReportForm = z.output<typeof reports.reportForm>;
export type ReportSaved = z.output<typeof reports.reportSaved>;
export type ReportStatusChanged = z.output<typeof reports.reportStatusChanged>;
export type RollUp = z.output<typeof reports.rollUp>;
export type Series = z.output<typeof reports.series>;
export type TemplateImportResult = z.output<typeof reportTemplate.templateImport>;
export type Reminded = z.output<typeof reports.reminded>;
export type ConsolidatedReport = z.output<typeof reports.consolidatedReport>;

// What the app sends: the server's request schemas, before their defaults -----------------------

/** What the indicator form sends (PATCH adds the version it loaded). */
export type IndicatorInput = z.input<typeof reports.indicatorInput>;
/** Measure an indicator from the training and briefing records, or stop (binding null). */
export type IndicatorBindingInput = z.input<typeof training.indicatorBindingInput>;
/** A report as saved: the values sent are its whole set. */
export type ReportSaveInput = z.input<typeof reports.reportSave>;
