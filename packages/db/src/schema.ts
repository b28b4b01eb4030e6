import type {
  AttendanceMethod,
  Audience,
  BodyKind,
  ChannelKind,
  ContactKind,
  CourseKind,
  IndicatorMeasure,
  LibraryKind,
  LibraryLanguage,
  LibraryStatus,
  MediaKind,
  OutputKind,
  OutputSource,
  ParticipantGroup,
  PressReleaseStatus,
  ReportStatus,
  Role,
} from '@lantoa/domain';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

import type { BudgetTables } from './tables/budget.ts';
import type { CreatedAt, Json, UpdatedAt } from './tables/columns.ts';
import type { EventTables } from './tables/events.ts';
import type { FileTables } from './tables/files.ts';
import type { HonourTables } from './tables/honours.ts';
import type { JobTables } from './tables/jobs.ts';
import type { SharedStateTables } from './tables/shared-state.ts';

export interface BodiesTable {
  id: Generated<string>;
  parent_id: string | null;
  kind: BodyKind;
  name: string;
  short_names: string[];
  aliases: string[];
  code: string | null;
  /** '/root-id/…/own-id/': the materialised path that every subtree filter uses. */
  path: string;
  depth: number;
  /** Folded name, short names and aliases for diacritics-insensitive search. */
  search_key: string;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  body_id: string;
  username: string;
  full_name: string;
  email: string | null;
  password_hash: string;
  disabled: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RoleGrantsTable {
  user_id: string;
  role: Role;
  scope_body_id: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Date;
  /** Last use, for the idle timeout; written at most once a minute. */
  last_seen_at: Date;
}

/** Sign-in throttling per (username, address); '' stands for any: see repositories/sign-in-throttle.ts. */
export interface SignInThrottleTable {
  username: string;
  address: string;
  failures: number;
  last_failure_at: Date;
  blocked_until: Date | null;
  /** The attempt that last counted here: tells an attempt whether it was counted or refused. */
  attempt_id: string;
  /** Pair keys: when this address last signed in to this account (a known address). */
  last_success_at: Date | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: string | null;
  body_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Json;
  after: Json;
}

export interface PlansTable {
  id: Generated<string>;
  body_id: string;
  number: string | null;
  kind: string | null;
  title: string;
  issued_on: string | null;
  level: string | null;
  start_year: number;
  end_year: number;
  parent_plan_id: string | null;
  extract: Json;
  current_version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Generated<number>;
}

export type ImportStatus = 'queued' | 'parsing' | 'ready' | 'failed' | 'published';
export interface PlanImportsTable {
  id: Generated<string>;
  body_id: string;
  file_id: string;
  status: Generated<ImportStatus>;
  progress: Generated<number>;
  error: string | null;
  text: string | null;
  extract: Json;
  /** The reviewer's choice of bodies for each name as written: { "Sở KH&CN": ["<id>"] }. */
  mapping: Json;
  plan_id: string | null;
  amends_plan_id: string | null;
  /** The plan above a draft made from it (0017): publishing links the new plan to it. */
  parent_plan_id: Generated<string | null>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Generated<number>;
}

export interface PlanVersionsTable {
  plan_id: string;
  version_no: number;
  extract: Json;
  reason: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface TargetsTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  year: number | null;
  comparator: '=' | '>=' | '<=';
  value: number;
  unit: string;
  text: string;
}

export interface TasksTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  ref: string;
  title: string;
  timeframe: Json;
  /**
   * The task's names that resolve to bodies outside the issuer's subtree ("phối hợp từ cấp trên"):
   * `[{ role, writtenAs, bodyIds }]`, shown with the task, never assigned (0013).
   */
  coordination: ColumnType<unknown, string | undefined, string>;
  since_version: Generated<number>;
  removed_in_version: number | null;
  /** The task of the plan above this one carries (0018): progress here is carried up to it. */
  parent_task_id: Generated<string | null>;
}

export interface AssignmentsTable {
  id: Generated<string>;
  task_id: string;
  body_id: string;
  role: 'lead' | 'partner';
  written_as: string;
  since_version: Generated<number>;
  removed_in_version: number | null;
}

export interface OccurrencesTable {
  id: Generated<string>;
  assignment_id: string;
  due_on: string;
  label: string;
  kind: string;
  completed_on: string | null;
  note: string | null;
  /** Its state comes from the linked task below (0018), not from an entry of its own. */
  carried: Generated<boolean>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface EvidenceTable {
  id: Generated<string>;
  occurrence_id: string;
  url: string | null;
  file_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  dedupe_key: string;
  created_at: CreatedAt;
  read_at: Date | null;
  emailed_at: Date | null;
  /** When the notice's cause was found gone (work done, report sent…); null while it stands. */
  resolved_at: Date | null;
}

export interface IndicatorsTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  name: string;
  numerator_label: string;
  /** '' for a count, which has no denominator. */
  denominator_label: string;
  unit: Generated<string>;
  measure: Generated<IndicatorMeasure>;
  source: Generated<'reported' | 'computed'>;
  computed_kind: ComputedIndicatorKind | null;
  /** The audience an 'audience_trained' or 'audience_informed' indicator is measured on. */
  computed_audience: Audience | null;
  target_text: string | null;
  /** The kinds of body that report it (0021); empty: every body the plan assigns work to. */
  reported_by: Generated<BodyKind[]>;
  version: Generated<number>;
  created_at: CreatedAt;
}

export interface IndicatorTargetsTable {
  indicator_id: string;
  year: number;
  comparator: '=' | '>=' | '<=';
  value: number;
}

export interface ReportingPeriodsTable {
  id: Generated<string>;
  plan_id: string;
  key: string;
  label: string;
  kind: string;
  data_from: string;
  data_to: string;
  due_on: string;
}

export type { IndicatorMeasure, ReportStatus } from '@lantoa/domain';
export interface ReportsTable {
  id: Generated<string>;
  period_id: string;
  body_id: string;
  status: Generated<ReportStatus>;
  results: Generated<string>;
  difficulties: Generated<string>;
  proposals: Generated<string>;
  submitted_at: Date | null;
  submitted_by: string | null;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  review_comment: string | null;
  version: Generated<number>;
  updated_at: UpdatedAt;
}

export interface IndicatorValuesTable {
  report_id: string;
  indicator_id: string;
  period_id: string;
  body_id: string;
  /** A ratio's numerator, or a count's figure. */
  numerator: number;
  /** Null for a count. */
  denominator: number | null;
  note: string | null;
}

export interface QuizQuestionsTable {
  id: Generated<string>;
  body_id: string;
  code: string;
  topic: string;
  difficulty: number;
  text: string;
  explanation: Generated<string>;
  /** [{ key: 'A', text, correct }] */
  options: Json;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AppSecretsTable {
  name: string;
  value: Uint8Array;
  created_at: CreatedAt;
}

export { PARTICIPANT_GROUPS, type ParticipantGroup } from '@lantoa/domain';

export interface QuizContestsTable {
  id: Generated<string>;
  body_id: string;
  title: string;
  description: Generated<string>;
  eligible_groups: ParticipantGroup[];
  /** [{ topic, count }] */
  topic_quotas: Json;
  time_limit_seconds: Generated<number>;
  attempts_per_round: Generated<number>;
  /** [{ name, count }] */
  prize_tiers: Json;
  status: Generated<'draft' | 'published'>;
  version: Generated<number>;
  created_at: CreatedAt;
}

export interface QuizRoundsTable {
  id: Generated<string>;
  contest_id: string;
  number: number;
  opens_at: Date;
  closes_at: Date;
  actual_participants: number | null;
}

export interface QuizParticipantsTable {
  id: Generated<string>;
  contest_id: string;
  citizen_key: string;
  citizen_mask: string;
  full_name: string;
  phone: string;
  body_id: string;
  participant_group: ParticipantGroup;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface QuizExclusionsTable {
  contest_id: string;
  citizen_key: string;
  citizen_mask: string;
  /** Applies to the rounds that settle after this instant. */
  created_at: CreatedAt;
}

/** A round's results as first published after it settled; never changed afterwards. */
export interface QuizRoundResultsTable {
  round_id: string;
  results: Json;
  published_at: Date;
}

export interface QuizAttemptsTable {
  id: string;
  round_id: string;
  participant_id: string;
  number: number;
  /** Ordered question ids of this attempt. */
  question_ids: Json;
  started_at: Date;
  deadline_at: Date;
  submitted_at: Date | null;
  correct: number | null;
  total: number;
  prediction: number | null;
  duration_ms: number | null;
}

export interface QuizAnswersTable {
  attempt_id: string;
  question_id: string;
  option_keys: string[];
  answered_at: Generated<Date>;
}

export type ComputedIndicatorKind =
  | 'tasks_on_time'
  | 'broadcast_reach'
  | 'plans_issued'
  | 'audience_trained'
  | 'audience_informed'
  | 'channels_active'
  | 'outputs_local'
  | 'outputs_commissioned'
  | 'stations_rebroadcast'
  | 'science_disclosed';

export interface RosterPeopleTable {
  id: Generated<string>;
  body_id: string;
  audience: Audience;
  full_name: string;
  role_title: Generated<string>;
  /** E.164 ('+84912345678'). */
  phone: string | null;
  village: Generated<string>;
  /** The member who leads their digital team (the body they belong to). */
  leads_team: Generated<boolean>;
  /** First presence at a training; kept by a trigger on course_participants (read-only here). */
  trained_at: ColumnType<Date | null, never, never>;
  joined_on: string | null;
  left_on: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
}

export interface AudienceHeadcountsTable {
  body_id: string;
  audience: Audience;
  year: number;
  headcount: number;
  updated_at: Generated<Date>;
}

export interface TeamActivitiesTable {
  id: Generated<string>;
  /** The team's body (kind digital_team). */
  team_id: string;
  happened_on: string;
  what: string;
  citizens_helped: Generated<number>;
  photo_file_id: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface CoursesTable {
  id: Generated<string>;
  organiser_body_id: string;
  kind: CourseKind;
  topic: string;
  audiences: Audience[];
  starts_on: string;
  ends_on: string;
  place: Generated<string>;
  online_link: Generated<string>;
  task_id: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface CourseQuotasTable {
  course_id: string;
  body_id: string;
  quota: number;
}

export interface CourseParticipantsTable {
  id: Generated<string>;
  course_id: string;
  person_id: string;
  body_id: string;
  nominated_by: string | null;
  nominated_at: Generated<Date>;
  attended_at: Date | null;
  attendance_method: AttendanceMethod | null;
  certificate_no: string | null;
  certificate_issued_at: Date | null;
}

export interface CourseAttendanceCountsTable {
  course_id: string;
  body_id: string;
  audience: Audience;
  attended: number;
  updated_at: Generated<Date>;
}

// The library's closed lists live in the domain; re-exported here for the table types below.
export {
  LIBRARY_KINDS,
  LIBRARY_LANGUAGES,
  type LibraryKind,
  type LibraryLanguage,
  type LibraryStatus,
  type MediaKind,
} from '@lantoa/domain';

export interface LibraryItemsTable {
  id: Generated<string>;
  body_id: string;
  share_body_id: string;
  title: string;
  summary: Generated<string>;
  topics: Generated<string[]>;
  audience: Generated<string>;
  language: LibraryLanguage;
  kind: LibraryKind;
  media_kind: MediaKind;
  usage_rights: Generated<string>;
  file_id: string;
  thumbnail_file_id: string | null;
  duration_seconds: number | null;
  status: Generated<LibraryStatus>;
  review_comment: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  search_text: string;
  /** Shown on the public homes over its body while also approved (0025). */
  is_public: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface LibraryDownloadsTable {
  item_id: string;
  body_id: string;
  count: Generated<number>;
  last_at: Generated<Date>;
}

export interface BroadcastStationsTable {
  id: Generated<string>;
  body_id: string;
  name: string;
  listeners: Generated<number>;
  /** [{ start: 'HH:MM', maxMinutes }] */
  sessions: Json;
  api_key_hash: string | null;
  api_key_hint: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
}

export type AudioStatus = 'none' | 'queued' | 'running' | 'ready' | 'failed';
export interface BulletinsTable {
  id: Generated<string>;
  body_id: string;
  target_body_id: string;
  title: string;
  text: string;
  priority: 'normal' | 'priority' | 'emergency';
  valid_from: string;
  valid_until: string | null;
  source_item_id: string | null;
  source_bulletin_id: string | null;
  audio_status: Generated<AudioStatus>;
  audio_progress: Generated<number>;
  audio_error: string | null;
  audio_file_id: string | null;
  audio_duration_seconds: number | null;
  audio_text_hash: string | null;
  /**
   * For a bulletin the assistant drafted (0023): its sentences with where each came from, copied;
   * written as JSON text like every jsonb column, '[]' by default.
   */
  sources: ColumnType<unknown, string | undefined, string>;
  search_text: string;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface BroadcastPlacementsTable {
  station_id: string;
  bulletin_id: string;
  session_id: string;
  created_by: string | null;
  created_at: CreatedAt;
}

/** A station's listeners before a change: it covered `listeners` people until `valid_until`. */
export interface StationListenerHistoryTable {
  id: Generated<number>;
  station_id: string;
  listeners: number;
  valid_until: Date;
}

export interface BroadcastLogTable {
  id: Generated<string>;
  station_id: string;
  bulletin_id: string | null;
  session_id: string | null;
  title: string;
  aired_at: Date;
  duration_seconds: Generated<number>;
  source: 'manual' | 'api';
  external_id: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
}

/** Who signs a body's consolidated report and to whom it goes, as last chosen (0020). */
export interface ReportSigningsTable {
  body_id: string;
  signer_title: string;
  signer_name: string;
  recipients: string[];
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** A body's channel: a portal section, a press page or programme, a fanpage, a Zalo OA (0022). */
export interface ChannelsTable {
  id: Generated<string>;
  body_id: string;
  kind: ChannelKind;
  name: string;
  url: Generated<string>;
  feed_url: string | null;
  topic_words: Generated<string[]>;
  last_read_at: Date | null;
  last_read_error: string | null;
  last_read_new: Generated<number>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

/** What a body published, where and when (0022). */
export interface OutputsTable {
  id: Generated<string>;
  body_id: string;
  kind: OutputKind;
  title: string;
  published_on: string;
  channel_kind: ChannelKind;
  channel_id: string | null;
  channel_name: Generated<string>;
  url: Generated<string>;
  image_url: Generated<string>;
  file_id: string | null;
  topics: Generated<string[]>;
  about_local: Generated<boolean>;
  commissioned: Generated<boolean>;
  is_public: Generated<boolean>;
  library_item_id: string | null;
  press_release_id: string | null;
  push_id: string | null;
  task_id: string | null;
  source: OutputSource;
  external_id: string | null;
  search_text: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

/** An entry of a body's communication network (0022). */
export interface NetworkContactsTable {
  id: Generated<string>;
  owner_body_id: string;
  kind: ContactKind;
  name: string;
  organisation: Generated<string>;
  role_title: Generated<string>;
  email: string | null;
  phone: string | null;
  url: Generated<string>;
  topics: Generated<string[]>;
  consent: Generated<boolean>;
  consent_on: string | null;
  unsubscribed_at: Date | null;
  unsubscribe_token: string;
  search_text: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PressReleasesTable {
  id: Generated<string>;
  body_id: string;
  title: string;
  body: string;
  topics: Generated<string[]>;
  code: string;
  status: Generated<PressReleaseStatus>;
  sent_at: Date | null;
  sent_by: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PressReleaseItemsTable {
  release_id: string;
  item_id: string;
}

export interface PressReleaseRecipientsTable {
  release_id: string;
  contact_id: string;
  email: string;
  sent_at: Date | null;
  error: string | null;
}

/** A library item pushed to the bodies below to publish (0022). */
export interface LibraryPushesTable {
  id: Generated<string>;
  item_id: string;
  body_id: string;
  target_body_id: string;
  due_on: string;
  note: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface LibraryPushBodiesTable {
  push_id: string;
  body_id: string;
  done_at: Date | null;
  done_by: string | null;
}

/** A document a coordinator uploads for the assistant to quote (0023): the resolution, a programme. */
export interface ReferenceDocumentsTable {
  id: Generated<string>;
  body_id: string;
  title: string;
  /** Its symbol, as documents cite it ("57-NQ/TW"); empty when it has none. */
  symbol: Generated<string>;
  file_id: string;
  text: string;
  pages: number | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

export type KnowledgeSourceKind = 'plan' | 'library_item' | 'bulletin' | 'reference';
/** A document the assistant's passages were cut from, and from which state of it (0023). */
export interface KnowledgeSourcesTable {
  id: Generated<string>;
  kind: KnowledgeSourceKind;
  source_id: string;
  /** What the passages were cut from (the source's version): a different one means cut again. */
  fingerprint: string;
  title: string;
  indexed_at: Generated<Date>;
}

/** A passage the assistant may quote, with where it stands and the terms it is found by (0023). */
export interface KnowledgePassagesTable {
  id: Generated<string>;
  knowledge_source_id: string;
  position: number;
  section: Generated<string>;
  page: number | null;
  text: string;
  terms: string[];
}

/** How a body's station says a word its speech engine would not read right (0023). */
export interface PronunciationsTable {
  id: Generated<string>;
  body_id: string;
  written: string;
  spoken: string;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

/** A body's public home (0024): a province has one unless `enabled` is false; a commune when true. */
export interface PublicSitesTable {
  body_id: string;
  enabled: boolean;
  intro: Generated<string>;
  /** Days a body has to answer a citizen's feedback routed to it. */
  feedback_days: Generated<number>;
  /** The province publishes its list of those honoured (issue 18). */
  show_honours: Generated<boolean>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export type ScienceTaskLevel = 'national' | 'ministry' | 'province' | 'grassroots';
export type ScienceTaskStatus = 'approved' | 'in_progress' | 'accepted' | 'applied' | 'stopped';

/** A state-funded science and technology task in a department's registry (0024). */
export interface ScienceTasksTable {
  id: Generated<string>;
  body_id: string;
  code: string;
  title: string;
  level: ScienceTaskLevel;
  host_organisation: Generated<string>;
  lead_scientist: Generated<string>;
  /** Whole đồng; bigint arrives as a string from the driver. */
  budget_vnd: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  starts_on: string | null;
  ends_on: string | null;
  status: ScienceTaskStatus;
  results: Generated<string>;
  summary: Generated<string>;
  /** Never public, never in an export below the department (a state secret). */
  is_secret: Generated<boolean>;
  /** When it was disclosed on the public pages; null: not public. */
  published_at: Date | null;
  search_text: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ScienceTaskFilesTable {
  id: Generated<string>;
  science_task_id: string;
  file_id: string;
  created_at: CreatedAt;
}

export type ScienceProblemStatus = 'draft' | 'open' | 'closed';

/** A problem a department publishes for scientists and businesses (đặt hàng, bài toán; 0024). */
export interface ScienceProblemsTable {
  id: Generated<string>;
  body_id: string;
  title: string;
  /** Who has the problem (an organisation, a commune, a business). */
  holder: string;
  needs: string;
  expected: Generated<string>;
  deadline: string;
  status: Generated<ScienceProblemStatus>;
  published_at: Date | null;
  outcome: Generated<string>;
  search_text: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

export type ScienceProposalStatus = 'received' | 'shortlisted' | 'not_selected' | 'selected';

/** A scientist's or business's answer to a published problem (0024); contact details never public. */
export interface ScienceProposalsTable {
  id: Generated<string>;
  problem_id: string;
  code: string;
  organisation: Generated<string>;
  contact_name: string;
  email: string | null;
  phone: string | null;
  summary: string;
  consent: boolean;
  status: Generated<ScienceProposalStatus>;
  review_note: Generated<string>;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
}

export interface ScienceProposalFilesTable {
  id: Generated<string>;
  proposal_id: string;
  file_id: string;
  created_at: CreatedAt;
}

export type FeedbackTopic =
  | 'policy'
  | 'public_services'
  | 'digital_transformation'
  | 'science_technology'
  | 'innovation'
  | 'other';
export type FeedbackStatus = 'received' | 'routed' | 'answered' | 'published' | 'rejected';

/** A citizen's feedback (phản ánh, kiến nghị; 0024), followed by its receipt code. */
export interface FeedbackTable {
  id: Generated<string>;
  code: string;
  /** The public home it was sent from; its coordinator routes it. */
  site_body_id: string;
  /** The body that answers it; null until routed. */
  handler_body_id: string | null;
  topic: FeedbackTopic;
  text: string;
  photo_file_id: string | null;
  place: Generated<string>;
  place_body_id: string | null;
  contact_name: Generated<string>;
  contact_phone: string | null;
  contact_email: string | null;
  status: Generated<FeedbackStatus>;
  routed_at: Date | null;
  due_on: string | null;
  answer: Generated<string>;
  answered_by: string | null;
  answered_at: Date | null;
  /** The texts published once approved, personal data removed. */
  public_question: Generated<string>;
  public_answer: Generated<string>;
  published_at: Date | null;
  moderation_reason: Generated<string>;
  moderated_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
}

export type MisinformationPlace = 'facebook' | 'tiktok' | 'youtube' | 'zalo' | 'website' | 'press' | 'other';
export type MisinformationStatus = 'new' | 'verifying' | 'responded' | 'closed';
export type MisinformationVerdict = 'false' | 'misleading' | 'hostile' | 'not_false';

/** A report of false or hostile information about the resolution, and its handling (0024). */
export interface MisinformationReportsTable {
  id: Generated<string>;
  code: string;
  site_body_id: string;
  /** The body that triages it (the culture department); null: the site's body itself. */
  handler_body_id: string | null;
  /** A body's staff reporting it; null for a report from the public page. */
  reporter_body_id: string | null;
  reported_by: string | null;
  link: Generated<string>;
  screenshot_file_id: string | null;
  seen_where: MisinformationPlace;
  description: string;
  contact_name: Generated<string>;
  contact_phone: string | null;
  contact_email: string | null;
  status: Generated<MisinformationStatus>;
  verdict: MisinformationVerdict | null;
  verification: Generated<string>;
  response: Generated<string>;
  correction_title: Generated<string>;
  correction_text: Generated<string>;
  correction_published_at: Date | null;
  bulletin_ids: Generated<string[]>;
  platform_notified_at: Date | null;
  platform_note: Generated<string>;
  triaged_by: string | null;
  triaged_at: Date | null;
  closed_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
}

// The tables of later areas have their types in tables/<area>.ts.
export interface Database
  extends EventTables,
    HonourTables,
    BudgetTables,
    FileTables,
    JobTables,
    SharedStateTables {
  public_sites: PublicSitesTable;
  science_tasks: ScienceTasksTable;
  science_task_files: ScienceTaskFilesTable;
  science_problems: ScienceProblemsTable;
  science_proposals: ScienceProposalsTable;
  science_proposal_files: ScienceProposalFilesTable;
  feedback: FeedbackTable;
  misinformation_reports: MisinformationReportsTable;
  reference_documents: ReferenceDocumentsTable;
  knowledge_sources: KnowledgeSourcesTable;
  knowledge_passages: KnowledgePassagesTable;
  pronunciations: PronunciationsTable;
  channels: ChannelsTable;
  outputs: OutputsTable;
  network_contacts: NetworkContactsTable;
  press_releases: PressReleasesTable;
  press_release_items: PressReleaseItemsTable;
  press_release_recipients: PressReleaseRecipientsTable;
  library_pushes: LibraryPushesTable;
  library_push_bodies: LibraryPushBodiesTable;
  report_signings: ReportSigningsTable;
  roster_people: RosterPeopleTable;
  audience_headcounts: AudienceHeadcountsTable;
  team_activities: TeamActivitiesTable;
  courses: CoursesTable;
  course_quotas: CourseQuotasTable;
  course_participants: CourseParticipantsTable;
  course_attendance_counts: CourseAttendanceCountsTable;
  library_items: LibraryItemsTable;
  library_downloads: LibraryDownloadsTable;
  broadcast_stations: BroadcastStationsTable;
  bulletins: BulletinsTable;
  broadcast_placements: BroadcastPlacementsTable;
  broadcast_log: BroadcastLogTable;
  station_listener_history: StationListenerHistoryTable;
  quiz_attempts: QuizAttemptsTable;
  quiz_answers: QuizAnswersTable;
  app_secrets: AppSecretsTable;
  quiz_contests: QuizContestsTable;
  quiz_rounds: QuizRoundsTable;
  quiz_participants: QuizParticipantsTable;
  quiz_exclusions: QuizExclusionsTable;
  quiz_round_results: QuizRoundResultsTable;
  quiz_questions: QuizQuestionsTable;
  indicators: IndicatorsTable;
  indicator_targets: IndicatorTargetsTable;
  reporting_periods: ReportingPeriodsTable;
  reports: ReportsTable;
  indicator_values: IndicatorValuesTable;
  notifications: NotificationsTable;
  plans: PlansTable;
  plan_imports: PlanImportsTable;
  plan_versions: PlanVersionsTable;
  targets: TargetsTable;
  tasks: TasksTable;
  assignments: AssignmentsTable;
  occurrences: OccurrencesTable;
  evidence: EvidenceTable;
  bodies: BodiesTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  sign_in_throttle: SignInThrottleTable;
  audit_log: AuditLogTable;
}

export type BodyRow = Selectable<BodiesTable>;
export type NewBody = Insertable<BodiesTable>;
export type UserRow = Selectable<UsersTable>;
export type AuditRow = Selectable<AuditLogTable>;
