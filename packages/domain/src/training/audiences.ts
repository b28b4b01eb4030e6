import { membersOf } from '../named-list.ts';

/**
 * The groups of people a plan's targets are measured on ("cán bộ chuyên trách làm công tác truyền
 * thông", "thành viên Tổ công nghệ số cộng đồng", "cán bộ, công chức"…). Per body, each is either a
 * named roster or a head-count of the year: the denominators of the training and briefing targets.
 * Each with its Vietnamese name, as the plans write it.
 */
export const AUDIENCE_NAMES = {
  communication_staff: 'Cán bộ làm công tác truyền thông',
  grassroots_info_staff: 'Cán bộ thông tin cơ sở',
  officials: 'Cán bộ, công chức, viên chức',
  party_members: 'Đảng viên',
  digital_team: 'Thành viên Tổ công nghệ số cộng đồng',
  students: 'Học sinh, sinh viên',
  citizens: 'Người dân',
} as const;
export type Audience = keyof typeof AUDIENCE_NAMES;
export const AUDIENCES = membersOf(AUDIENCE_NAMES);

/** The kinds of course: a training names its participants; a briefing counts them per body. */
export const COURSE_KINDS = ['training', 'briefing'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];

/** How a participant's presence was taken. */
export const ATTENDANCE_METHODS = ['qr', 'ticked', 'imported'] as const;
export type AttendanceMethod = (typeof ATTENDANCE_METHODS)[number];

/** The least members a community digital team may have (the national guidance: at least 7). */
export const TEAM_MIN_MEMBERS = 7;
