// Training, briefings and community digital teams: the people who count at a body (rosters and
// head-counts), the villages' digital teams, courses with quotas, nominations, attendance and
// certificates. Request bodies the web sends live here too, typed by the web as z.input<…>.
import {
  ATTENDANCE_METHODS,
  AUDIENCES,
  COURSE_KINDS,
  OUTPUT_INDICATOR_KINDS,
  SCIENCE_INDICATOR_KINDS,
} from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyBrief, bodyRef, id, isoDate, isoDateTime } from './common.ts';
import { dateField, int4, version } from './request-fields.ts';
import { text } from './text-field.ts';

export const audience = z.enum(AUDIENCES);
export const courseKind = z.enum(COURSE_KINDS);
export const attendanceMethod = z.enum(ATTENDANCE_METHODS);

/** POST /api/bodies/:id/roster, PUT /api/roster/:id (with version). */
export const rosterPersonInput = z.object({
  audience,
  fullName: text(200),
  roleTitle: text(200, { optional: true }).optional(),
  phone: text(20, { optional: true }).optional(),
  village: text(200, { optional: true }).optional(),
  teamId: z.uuid().nullable().optional(),
  joinedOn: dateField.nullable().optional(),
  leftOn: dateField.nullable().optional(),
});

export const rosterPerson = z.object({
  id,
  bodyId: id,
  audience,
  fullName: z.string(),
  roleTitle: z.string(),
  /** E.164 ('+84912345678'). */
  phone: z.string().nullable(),
  village: z.string(),
  /** The digital team (a body) a member belongs to. */
  teamId: id.nullable(),
  leadsTeam: z.boolean(),
  joinedOn: isoDate.nullable(),
  leftOn: isoDate.nullable(),
  version: z.number().int(),
});
/** GET /api/bodies/:id/roster. */
export const roster = z.object({
  body: bodyBrief,
  items: z.array(rosterPerson.extend({ teamVillage: z.string().nullable(), trained: z.boolean() })),
});

/** PUT /api/bodies/:id/headcounts: null removes the year's head-count. */
export const headcountInput = z.object({
  audience,
  year: int4(2000, 2100),
  headcount: int4(0, 100_000_000).nullable(),
});
export const headcount = z.object({
  audience,
  year: z.number().int(),
  headcount: z.number().int().nullable(),
});

/** GET /api/bodies/:id/people: per audience, the body's own people and the subtree's measures. */
export const peopleSummary = z.object({
  body: bodyBrief,
  on: isoDate,
  year: z.number().int(),
  canEdit: z.boolean(),
  audiences: z.array(
    z.object({
      audience,
      named: z.number().int(),
      headcount: z.number().int().nullable(),
      denominator: z.number().int(),
      trained: z.number().int(),
      informed: z.number().int(),
    }),
  ),
});

/** POST /api/bodies/:id/teams. */
export const teamInput = z.object({ village: text(200) });
/** PUT /api/teams/:id: name the team's leader (a present member; null: none). */
export const teamUpdate = z.object({ leaderId: z.uuid().nullable(), version });
export const teamCreated = z.object({ id, village: z.string() });
/** GET /api/bodies/:id/teams. */
export const teamList = z.object({
  body: bodyBrief,
  canEdit: z.boolean(),
  minMembers: z.number().int(),
  items: z.array(
    z.object({
      id,
      village: z.string(),
      version: z.number().int(),
      commune: bodyRef,
      leader: z.object({ id, fullName: z.string() }).nullable(),
      members: z.number().int(),
      trained: z.number().int(),
      belowMinimum: z.boolean(),
      citizensHelpedLast30Days: z.number().int(),
      canEdit: z.boolean(),
    }),
  ),
});
/** GET /api/teams/:id/activities. */
export const teamActivities = z.object({
  items: z.array(
    z.object({
      id,
      happenedOn: isoDate,
      what: z.string(),
      citizensHelped: z.number().int(),
      photoFileId: id.nullable(),
      recordedBy: z.string().nullable(),
    }),
  ),
});
export const teamActivityCreated = z.object({ id, photoFileId: id.nullable() });

/** POST /api/bodies/:id/courses (the organiser). */
export const courseInput = z.object({
  kind: courseKind,
  topic: text(500),
  audiences: z.array(audience).min(1).max(AUDIENCES.length),
  startsOn: dateField,
  endsOn: dateField,
  place: text(300, { optional: true }).optional(),
  onlineLink: text(500, { optional: true }).optional(),
  taskId: z.uuid().nullable().optional(),
  quotas: z.array(z.object({ bodyId: z.uuid(), quota: int4(1, 10_000) })).max(5000),
});
export const courseCreated = z.object({ id });

/** What a course is, as both its list row and its page say it. */
const course = z.object({
  id,
  kind: courseKind,
  topic: z.string(),
  audiences: z.array(audience),
  startsOn: isoDate,
  endsOn: isoDate,
  place: z.string(),
});

/** GET /api/courses. */
export const courseList = z.object({
  canOrganise: z.boolean(),
  items: z.array(
    course.extend({
      organiser: bodyRef,
      invited: z.number().int(),
      quota: z.number().int(),
      nominated: z.number().int(),
      attended: z.number().int(),
      /** People the reader's own invited bodies still have to send. */
      toNominate: z.number().int(),
    }),
  ),
});

/** GET /api/courses/:id. */
export const courseDetail = course.extend({
  onlineLink: z.string(),
  version: z.number().int(),
  task: z.object({ id, title: z.string(), planId: id }).nullable(),
  organiser: bodyBrief,
  canOrganise: z.boolean(),
  invited: z.array(
    z.object({
      body: bodyBrief,
      quota: z.number().int(),
      nominated: z.number().int(),
      attended: z.number().int(),
      counted: z.array(z.object({ audience, attended: z.number().int() })),
      canNominate: z.boolean(),
    }),
  ),
  participants: z.array(
    z.object({
      id,
      person: z.object({
        id,
        fullName: z.string(),
        roleTitle: z.string(),
        audience,
        phone: z.string().nullable(),
      }),
      body: bodyRef,
      nominatedAt: isoDateTime,
      attendedAt: isoDateTime.nullable(),
      attendanceMethod: attendanceMethod.nullable(),
      certificateNo: z.string().nullable(),
    }),
  ),
});

/** POST /api/courses/:id/nominations. */
export const nominationInput = z.object({ bodyId: z.uuid(), personIds: z.array(z.uuid()).min(1).max(1000) });
export const nominationResult = z.object({ nominated: z.number().int(), quota: z.number().int() });
/** POST /api/courses/:id/attendance (the organiser ticks). */
export const tickInput = z.object({
  participantIds: z.array(z.uuid()).min(1).max(5000),
  present: z.boolean(),
});
export const tickResult = z.object({ changed: z.number().int() });
/** PUT /api/courses/:id/counts (a briefing's people counted per body and audience). */
export const attendanceCountInput = z.object({ bodyId: z.uuid(), audience, attended: int4(0, 1_000_000) });
export const attendanceCount = attendanceCountInput;
/** GET /api/courses/:id/attendance-code: the QR the organiser shows. */
export const attendanceCode = z.object({
  url: z.string(),
  /** The QR code of `url`, an SVG document made by the server. */
  svg: z.string(),
  expiresAt: isoDateTime,
  refreshSeconds: z.number().int(),
});
/** POST /api/courses/:id/certificates. */
export const certificatesIssued = z.object({ issued: z.number().int() });

/**
 * What a computed indicator bound by a coordinator measures: an audience's people trained or
 * informed (training and briefing records), one of the outputs register's measures, or the S&T
 * tasks disclosed (the registry).
 */
export const indicatorBinding = z.union([
  z.object({ kind: z.enum(['audience_trained', 'audience_informed']), audience }),
  z.object({ kind: z.enum([...OUTPUT_INDICATOR_KINDS, ...SCIENCE_INDICATOR_KINDS]) }),
]);
/** PUT /api/indicators/:id/binding: measure from the product's records, or not (null). */
export const indicatorBindingInput = z.object({ binding: indicatorBinding.nullable(), version });
