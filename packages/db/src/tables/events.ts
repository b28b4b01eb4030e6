import type {
  Audience,
  BodyKind,
  EventKind,
  EventStatus,
  InvitationResponse,
  KeyDay,
  PresenterKind,
} from '@lantoa/domain';
import type { Generated } from 'kysely';
import type { CreatedAt } from './columns.ts';

/** An event a body organises (0026). */
export interface EventsTable {
  id: Generated<string>;
  organiser_body_id: string;
  kind: EventKind;
  title: string;
  key_day: KeyDay | null;
  year: number;
  starts_on: string;
  ends_on: string;
  place: Generated<string>;
  programme: Generated<string>;
  task_id: string | null;
  /** The event of the body above for the same key day, this one's "hưởng ứng". */
  parent_event_id: string | null;
  /** Kinds of the bodies below that must hold their own event under this one (the calendar's shells). */
  requires_kinds: Generated<BodyKind[]>;
  status: Generated<EventStatus>;
  results_note: Generated<string>;
  held_at: Date | null;
  /** The folded title, place and programme, searched without diacritics. */
  search_text: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface EventInvitationsTable {
  event_id: string;
  body_id: string;
  response: Generated<InvitationResponse>;
  attendees_expected: number | null;
  responded_by: string | null;
  responded_at: Date | null;
  invited_at: Generated<Date>;
}

export interface EventAttendanceCountsTable {
  event_id: string;
  body_id: string;
  audience: Audience;
  attended: number;
  updated_at: Generated<Date>;
}

export interface EventModelsTable {
  id: Generated<string>;
  event_id: string;
  title: string;
  presenter_kind: PresenterKind;
  presenter_body_id: string | null;
  presenter_name: Generated<string>;
  description: Generated<string>;
  photo_file_id: string | null;
  thumbnail_file_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface EventCoverageTable {
  event_id: string;
  output_id: string;
  added_by: string | null;
  added_at: Generated<Date>;
}

export interface EventTables {
  events: EventsTable;
  event_invitations: EventInvitationsTable;
  event_attendance_counts: EventAttendanceCountsTable;
  event_models: EventModelsTable;
  event_coverage: EventCoverageTable;
}
