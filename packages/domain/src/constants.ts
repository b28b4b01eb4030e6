// The small entry point for clients (`@lantoa/domain/constants`): the closed lists the API speaks in,
// without the body catalogue, the name matcher or anything else heavy, so the web bundle stays small.
// Each list has its home in its area; this file only gathers them.

export { ABILITIES, type Ability, ROLES, type Role } from './access/roles.ts';
export * from './audit/audit-actions.ts';
export { BODY_KINDS, type BodyKind } from './bodies/body.ts';
export {
  PLACEMENT_REASONS,
  type PlacementReason,
  PROGRAMME_ISSUE_KINDS,
  type ProgrammeIssueKind,
} from './broadcast/programme.ts';
export { BULLETIN_PRIORITIES, type BulletinPriority } from './broadcast/types.ts';
// The year's cycle (issue 18): events, honours and the budget's closed lists.
export * from './budget/budget.ts';
export * from './events/events.ts';
export * from './honours/honours.ts';
// The library's file holds its closed lists and nothing else.
export * from './library/library.ts';
// Likewise the outward half's lists (outputs, channels, the network, press releases).
export * from './outputs/outputs.ts';
// Conventions of a plan's reading shared by the parser and the review screen.
export { dutyRef, dutyTitle, LOW_CONFIDENCE } from './plans/plan-reading.ts';
// The public section's closed lists (issue 17): names of statuses, levels, topics and verdicts.
export * from './public/feedback.ts';
export * from './public/misinformation.ts';
export * from './public/science-problems.ts';
export * from './public/science-tasks.ts';
export { PARTICIPANT_GROUPS, type ParticipantGroup } from './quiz/participant-groups.ts';
export { QUIZ_DIFFICULTIES, QUIZ_OPTION_KEYS } from './quiz/question.ts';
export {
  REPORT_STATUSES,
  REPORT_TRANSITIONS,
  type ReportStatus,
  type ReportTransition,
  VALUE_BASES,
  type ValueBasis,
} from './reports/report-status.ts';
export { TARGET_STANDINGS, type TargetStanding } from './reports/rollup.ts';
export { SUBMISSION_STATUSES, type SubmissionStatus } from './reports/timeliness.ts';
export { INDICATOR_MEASURES, type IndicatorMeasure } from './reports/values.ts';
export { OCCURRENCE_STATES, type OccurrenceState } from './schedule/states.ts';
export {
  ATTENDANCE_METHODS,
  type AttendanceMethod,
  AUDIENCE_NAMES,
  AUDIENCES,
  type Audience,
  COURSE_KINDS,
  type CourseKind,
  TEAM_MIN_MEMBERS,
} from './training/audiences.ts';
