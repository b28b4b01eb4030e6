/**
 * Calls of the training API: the people who count at a body (rosters, head-counts), the villages'
 * digital teams and their activity, courses and briefings with quotas, nominations, attendance and
 * certificates. The shapes it answers are inferred from the API contract (types only).
 */
import type * as contract from '@lantoa/api-contract/training';
import type * as imports from '@lantoa/api-contract/training-imports';
import type { Audience, CourseKind } from '@lantoa/domain/constants';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { type SheetUpload, sheetUploadForm } from '../../shared/sheetImport.ts';

export type PeopleSummary = z.output<typeof contract.peopleSummary>;
export type AudienceSummary = PeopleSummary['audiences'][number];
export type Roster = z.output<typeof contract.roster>;
export type RosterItem = Roster['items'][number];
export type RosterPerson = z.output<typeof contract.rosterPerson>;
export type TeamList = z.output<typeof contract.teamList>;
export type Team = TeamList['items'][number];
export type TeamActivity = z.output<typeof contract.teamActivities>['items'][number];
export type CourseList = z.output<typeof contract.courseList>;
export type CourseListItem = CourseList['items'][number];
export type Course = z.output<typeof contract.courseDetail>;
export type InvitedBody = Course['invited'][number];
export type Participant = Course['participants'][number];
export type AttendanceCode = z.output<typeof contract.attendanceCode>;
export type RosterImport = z.output<typeof imports.rosterImport>;
export type AttendanceImport = z.output<typeof imports.attendanceImport>;
export type CompletionsImport = z.output<typeof imports.completionsImport>;
export type ImportRowError = z.output<typeof imports.importRowError>;

/** What the forms send (the server's request schemas, before their defaults). */
export type RosterPersonInput = z.input<typeof contract.rosterPersonInput>;
export type HeadcountInput = z.input<typeof contract.headcountInput>;
export type TeamInput = z.input<typeof contract.teamInput>;
export type TeamUpdate = z.input<typeof contract.teamUpdate>;
export type CourseInput = z.input<typeof contract.courseInput>;
export type NominationInput = z.input<typeof contract.nominationInput>;
export type TickInput = z.input<typeof contract.tickInput>;
export type AttendanceCountInput = z.input<typeof contract.attendanceCountInput>;
/** The columns of a learning platform's export, sent as JSON in the multipart field `mapping`. */
export type CompletionMapping = z.input<typeof imports.completionMapping>;

/** A team's activity as the phone form gives it; the photo goes after the fields. */
export interface TeamActivityInput {
  happenedOn: string;
  what: string;
  citizensHelped: number;
  photo?: File | null;
}

const enc = encodeURIComponent;

const bodies = (id: string) => `/api/bodies/${enc(id)}`;
const courses = (id: string) => `/api/courses/${enc(id)}`;

export const trainingApi = {
  people: (bodyId: string) => api.get<PeopleSummary>(`${bodies(bodyId)}/people`),
  roster: (bodyId: string, query: { audience?: Audience | undefined; teamId?: string; q?: string } = {}) =>
    api.get<Roster>(`${bodies(bodyId)}/roster`, query),
  addPerson: (bodyId: string, input: RosterPersonInput) =>
    api.post<RosterPerson>(`${bodies(bodyId)}/roster`, input),
  updatePerson: (id: string, input: RosterPersonInput & { version: number }) =>
    api.put<RosterPerson>(`/api/roster/${enc(id)}`, input),
  setHeadcount: (bodyId: string, input: HeadcountInput) =>
    api.put<z.output<typeof contract.headcount>>(`${bodies(bodyId)}/headcounts`, input),
  /** The empty roster template, opened as a link (the session cookie goes with it). */
  rosterTemplateUrl: '/api/roster-template.xlsx',
  importRoster: (bodyId: string, upload: SheetUpload) =>
    api.upload<RosterImport>(`${bodies(bodyId)}/roster/import`, sheetUploadForm(upload)),

  teams: (bodyId: string) => api.get<TeamList>(`${bodies(bodyId)}/teams`),
  createTeam: (bodyId: string, input: TeamInput) =>
    api.post<z.output<typeof contract.teamCreated>>(`${bodies(bodyId)}/teams`, input),
  updateTeam: (id: string, input: TeamUpdate) => api.put<void>(`/api/teams/${enc(id)}`, input),
  activities: (teamId: string) =>
    api.get<z.output<typeof contract.teamActivities>>(`/api/teams/${enc(teamId)}/activities`),
  /** Multipart when there is a photo: the fields first, then the file, as the server reads them in order. */
  recordActivity: (teamId: string, input: TeamActivityInput) => {
    const url = `/api/teams/${enc(teamId)}/activities`;
    type Created = z.output<typeof contract.teamActivityCreated>;
    const { photo, ...fields } = input;
    if (!photo) return api.post<Created>(url, fields);
    const form = new FormData();
    form.append('happenedOn', fields.happenedOn);
    form.append('what', fields.what);
    form.append('citizensHelped', String(fields.citizensHelped));
    form.append('file', photo, photo.name);
    return api.upload<Created>(url, form);
  },

  courses: (query: { kind?: CourseKind | undefined; year?: number | undefined } = {}) =>
    api.get<CourseList>('/api/courses', query),
  createCourse: (organiserBodyId: string, input: CourseInput) =>
    api.post<z.output<typeof contract.courseCreated>>(`${bodies(organiserBodyId)}/courses`, input),
  course: (id: string) => api.get<Course>(courses(id)),
  nominate: (id: string, input: NominationInput) =>
    api.post<z.output<typeof contract.nominationResult>>(`${courses(id)}/nominations`, input),
  withdraw: (id: string, participantId: string) =>
    api.delete<void>(`${courses(id)}/participants/${enc(participantId)}`),
  attendanceCode: (id: string) => api.get<AttendanceCode>(`${courses(id)}/attendance-code`),
  tick: (id: string, input: TickInput) =>
    api.post<z.output<typeof contract.tickResult>>(`${courses(id)}/attendance`, input),
  count: (id: string, input: AttendanceCountInput) =>
    api.put<z.output<typeof contract.attendanceCount>>(`${courses(id)}/counts`, input),
  importAttendance: (id: string, upload: SheetUpload) =>
    api.upload<AttendanceImport>(`${courses(id)}/attendance/import`, sheetUploadForm(upload)),
  importCompletions: (id: string, mapping: CompletionMapping, upload: SheetUpload) =>
    api.upload<CompletionsImport>(
      `${courses(id)}/counts/import`,
      sheetUploadForm(upload, { mapping: JSON.stringify(mapping) }),
    ),
  certify: (id: string) =>
    api.post<z.output<typeof contract.certificatesIssued>>(`${courses(id)}/certificates`),
  certificateUrl: (participantId: string) => `/api/participants/${enc(participantId)}/certificate.pdf`,
};
