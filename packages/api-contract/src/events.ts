// Events (issue 18): festivals, conferences, workshops, exhibitions, press briefings and ceremonies a
// body organises; the bodies it invites and their answers; the people who came, counted per body and
// audience (informed, like at a briefing); the models and products showcased with their photos; the
// coverage (outputs of the register); and the key-day calendar that asks the bodies below to hold
// their own event, with its completeness. Request bodies the web sends live here too, typed by the
// web as z.input<…>.
import {
  BODY_KINDS,
  EVENT_KINDS,
  EVENT_STATUSES,
  INVITATION_RESPONSES,
  KEY_DAY_CODES,
  KEY_DAY_STANDINGS,
  type KeyDay,
  EVENT_LIMITS as L,
  PRESENTER_KINDS,
} from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyBrief, bodyWithCode, id, isoDate, isoDateTime, pageOf } from './common.ts';
import { outputKind } from './outputs.ts';
import { dateField, int4, page, pageSize, version } from './request-fields.ts';
import { text } from './text-field.ts';
import { audience } from './training.ts';
import { fileResponse, MEDIA_TYPES } from './uploads.ts';

export const eventKind = z.enum(EVENT_KINDS);
export const keyDay = z.enum(KEY_DAY_CODES as [KeyDay, ...KeyDay[]]);
export const eventStatus = z.enum(EVENT_STATUSES);
export const invitationResponse = z.enum(INVITATION_RESPONSES);
export const presenterKind = z.enum(PRESENTER_KINDS);
export const keyDayStanding = z.enum(KEY_DAY_STANDINGS);
const bodyKindField = z.enum(BODY_KINDS);
/** A calendar year an event may be planned in. */
const yearField = z.coerce.number().int().min(2000).max(2100);

// --- requests --------------------------------------------------------------------------------------

/** POST /api/bodies/:id/events: an event the body organises (its year is the year of its first day). */
export const eventInput = z.object({
  kind: eventKind,
  title: text(L.title),
  /** The national day it celebrates, if any: it then hangs under the event of the body above for that day. */
  keyDay: keyDay.nullable().default(null),
  startsOn: dateField,
  endsOn: dateField,
  place: text(L.place, { optional: true }).default(''),
  programme: text(L.programme, { multiline: true, optional: true }).default(''),
  /** The plan task it carries out: a task of a plan the organiser's person reads. */
  taskId: z.uuid().nullable().default(null),
});

/** PUT /api/events/:id: the whole event again, on the version the editor loaded. */
export const eventUpdate = eventInput.extend({
  version,
  /** What came of a held event (its note corrected); absent: kept as it is. */
  resultsNote: text(L.resultsNote, { multiline: true, optional: true }).optional(),
});

/** POST /api/events/:id/hold: it took place, with a short note of what came of it. */
export const eventHold = z.object({ version, resultsNote: text(L.resultsNote, { multiline: true }) });

/** POST /api/events/:id/cancel: it will not take place, and why. */
export const eventCancel = z.object({ version, reason: text(L.resultsNote, { multiline: true }) });

/** POST /api/events/:id/invitations: bodies inside the organiser's subtree, each invited once. */
export const invitationsInput = z.object({ bodyIds: z.array(z.uuid()).min(1).max(500) });

/** PUT /api/events/:id/invitations/:bodyId: the invited body's answer. */
export const invitationAnswer = z.object({
  response: z.enum(['confirmed', 'declined']),
  /** How many of its people it expects to send (a confirmation). */
  attendeesExpected: int4(0, L.attendeesExpected).nullable().default(null),
});

/** PUT /api/events/:id/counts: how many people of an audience a body had there (replaces the count). */
export const eventCountInput = z.object({ bodyId: z.uuid(), audience, attended: int4(0, L.attended) });

/**
 * POST /api/events/:id/models: a model or product showcased (JSON, or multipart with these fields
 * then an optional photo). A body of the tree presents it, or a business or someone else by name.
 */
export const eventModelInput = z.object({
  title: text(L.modelTitle),
  presenterKind,
  presenterBodyId: z.uuid().nullable().optional(),
  presenterName: text(L.presenterName, { optional: true }).default(''),
  description: text(L.modelDescription, { multiline: true, optional: true }).default(''),
});

/** POST /api/events/:id/coverage: an output of the register about the event. */
export const coverageInput = z.object({ outputId: z.uuid() });

/** POST /api/bodies/:id/key-days: the body's event for a key day, and the bodies below asked to hold one. */
export const keyDayScheduleInput = z.object({
  year: yearField,
  keyDay,
  /** The kinds of the bodies below that must hold their own (communes, departments…). */
  kinds: z.array(bodyKindField).min(1).max(BODY_KINDS.length),
});

/** GET /api/events (query string). */
export const eventQuery = z.object({
  bodyId: z.uuid().optional(),
  q: text(200, { optional: true }).optional(),
  year: yearField.optional(),
  keyDay: keyDay.optional(),
  status: eventStatus.optional(),
  kind: eventKind.optional(),
  /** Only the events under another (a body's own for a key day) with "true", only the others with "false". */
  underParent: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  page,
  pageSize,
});

/** GET /api/bodies/:id/key-days (query string). */
export const keyDayQuery = z.object({ year: yearField });

/** GET /api/events/:id/models/:modelId/photo (query string): the small webp or the photo itself. */
export const modelPhotoQuery = z.object({ size: z.enum(['thumbnail', 'full']).default('full') });

// --- answers ---------------------------------------------------------------------------------------

/** An event as lists show it. */
export const eventSummary = z.object({
  id,
  kind: eventKind,
  title: z.string(),
  keyDay: keyDay.nullable(),
  year: z.number().int(),
  startsOn: isoDate,
  endsOn: isoDate,
  place: z.string(),
  status: eventStatus,
  organiser: bodyBrief,
  parentEventId: id.nullable(),
  /** Bodies invited, and how many of them confirmed. */
  invited: z.number().int(),
  confirmed: z.number().int(),
  /** People counted there (the sum over bodies and audiences). */
  attended: z.number().int(),
  version: z.number().int(),
});

/** GET /api/events: a page, searched without diacritics. */
export const eventPage = pageOf(eventSummary).extend({
  /** Whether the reader organises events anywhere (`manageEvents`): the list offers "new event". */
  canCreate: z.boolean(),
});

export const eventInvitation = z.object({
  body: bodyBrief,
  response: invitationResponse,
  attendeesExpected: z.number().int().nullable(),
  respondedAt: isoDateTime.nullable(),
  /** Whether the reader answers for this body (`manageEvents` over it). */
  canRespond: z.boolean(),
});

export const eventCount = z.object({
  body: bodyBrief,
  audience,
  attended: z.number().int(),
  updatedAt: isoDateTime,
});

export const eventModel = z.object({
  id,
  title: z.string(),
  presenterKind,
  presenterBody: bodyBrief.nullable(),
  presenterName: z.string(),
  description: z.string(),
  hasPhoto: z.boolean(),
  createdAt: isoDateTime,
});

export const eventCoverage = z.object({
  output: z.object({
    id,
    title: z.string(),
    kind: outputKind,
    url: z.string(),
    publishedOn: isoDate,
    channelName: z.string(),
    body: bodyBrief,
  }),
  addedAt: isoDateTime,
});

/** An event under this one (a body's own event for the same key day), as far as the reader sees it. */
export const childEvent = z.object({
  id,
  title: z.string(),
  status: eventStatus,
  startsOn: isoDate,
  endsOn: isoDate,
  organiser: bodyBrief,
});

export const keyDayCompleteness = z.object({
  expected: z.number().int(),
  held: z.number().int(),
  planned: z.number().int(),
  overdue: z.number().int(),
  cancelled: z.number().int(),
  missing: z.number().int(),
  /** held ÷ expected in [0, 1]; null when no body is expected. */
  rate: z.number().nullable(),
});

/** The bodies that must hold their own event under a parent event, and where each stands. */
export const eventCompleteness = z.object({
  requiresKinds: z.array(bodyKindField),
  summary: keyDayCompleteness,
  bodies: z.array(
    z.object({
      body: bodyWithCode,
      standing: keyDayStanding,
      event: childEvent.omit({ organiser: true }).nullable(),
    }),
  ),
});

/** GET /api/events/:id and the answer of every change of the event itself. */
export const eventDetail = eventSummary.extend({
  programme: z.string(),
  resultsNote: z.string(),
  heldAt: isoDateTime.nullable(),
  requiresKinds: z.array(bodyKindField),
  task: z.object({ id, title: z.string(), planId: id }).nullable(),
  parent: z.object({ id, title: z.string(), organiser: bodyBrief }).nullable(),
  /** Whether the reader runs the event (`manageEvents` over its organiser). */
  canManage: z.boolean(),
  /** Whether people may be counted now (held, or its day has come; never cancelled). */
  countsOpen: z.boolean(),
  /** The bodies whose people the reader may count: the organiser's own and the invited (organiser), or their own. */
  countableBodies: z.array(bodyBrief),
  /** The invitations the reader sees: all of them over the organiser, else their own bodies'. */
  invitations: z.array(eventInvitation),
  counts: z.array(eventCount),
  models: z.array(eventModel),
  coverage: z.array(eventCoverage),
  children: z.array(childEvent),
  /** For a parent event whose reader reads the organiser: the bodies asked to hold their own; null otherwise. */
  completeness: eventCompleteness.nullable(),
  createdAt: isoDateTime,
});

/** GET /api/bodies/:id/key-days: the year's key days of a body, its event for each and its completeness. */
export const keyDayCalendar = z.object({
  body: bodyBrief,
  year: z.number().int(),
  /** Whether the reader organises the body's events (`manageEvents`): it may schedule. */
  canSchedule: z.boolean(),
  /** The kinds of the bodies below it, and how many of each: what the calendar may ask. */
  kinds: z.array(z.object({ kind: bodyKindField, count: z.number().int() })),
  days: z.array(
    z.object({
      keyDay,
      date: isoDate,
      event: eventSummary.nullable(),
      requiresKinds: z.array(bodyKindField),
      summary: keyDayCompleteness.nullable(),
    }),
  ),
});

/** POST /api/bodies/:id/key-days: the day's event, and how many shells this call created. */
export const keyDayScheduled = z.object({ eventId: id, created: z.number().int(), linked: z.number().int() });

/** GET /api/events/:id/models/:modelId/photo. */
export const eventModelPhoto = fileResponse('The photo of a showcased model (a raster picture, inline)', [
  'image/*',
  MEDIA_TYPES.any,
]);
