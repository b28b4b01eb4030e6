// Honours (issue 18): a body nominates itself, a body below it or one of its people, with the
// evidence the product already holds (a snapshot), and the coordinator of the body above decides with
// a decision number; a certificate of merit (giấy khen) is numbered once and downloaded as PDF.
// Request bodies the web sends live here too, typed by the web as z.input<…>.
import {
  HONOUR_FORMS,
  HONOUR_LIMITS as L,
  NOMINATION_STATUSES,
  NOMINEE_KINDS,
  OCCURRENCE_STATES,
} from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyBrief, id, isoDate, isoDateTime, pageOf } from './common.ts';
import { dateField, int4, page, pageSize, version } from './request-fields.ts';
import { text } from './text-field.ts';
import { fileResponse, MEDIA_TYPES } from './uploads.ts';

export const honourForm = z.enum(HONOUR_FORMS);
export const nominationStatus = z.enum(NOMINATION_STATUSES);
export const nomineeKind = z.enum(NOMINEE_KINDS);

/** The years a nomination may be of (the database's bounds). */
const year = int4(2000, 2100);

/** What the product holds of the nominee body's year (`NominationEvidence` of the domain). */
export const nominationEvidence = z.object({
  year: z.number().int(),
  asOf: isoDate,
  tasks: z.object({
    total: z.number().int(),
    counts: z.object(
      Object.fromEntries(OCCURRENCE_STATES.map((state) => [state, z.number().int()])) as Record<
        (typeof OCCURRENCE_STATES)[number],
        z.ZodNumber
      >,
    ),
  }),
  outputs: z.object({ total: z.number().int(), aboutLocal: z.number().int(), public: z.number().int() }),
  courses: z.object({ trainings: z.number().int(), briefings: z.number().int() }),
  people: z.object({ counted: z.number().int(), trained: z.number().int(), informed: z.number().int() }),
  events: z.object({ held: z.number().int() }),
  broadcast: z.object({
    stations: z.number().int(),
    airings: z.number().int(),
    listenersReached: z.number().int(),
    listeners: z.number().int(),
  }),
});

/** GET /api/bodies/:id/honour-evidence (query string): whose year, before nominating. */
export const evidenceQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  nomineeBodyId: z.uuid(),
  personName: text(L.personName, { optional: true }).optional(),
  personTitle: text(L.personTitle, { optional: true }).optional(),
});

/** The evidence of a nominee's year, the paragraph drafted from it, and what a nomination would be. */
export const evidencePreview = z.object({
  nominee: bodyBrief,
  evidence: nominationEvidence,
  /** The proposed paragraph of achievements, in Vietnamese, for the nominator to edit. */
  achievements: z.string(),
});

/** POST /api/bodies/:id/honour-nominations: the body (`:id`) nominates. */
export const nominationInput = z
  .object({
    year,
    nomineeKind,
    /** The body honoured, or the body of the person honoured: the nominating body or one below it. */
    nomineeBodyId: z.uuid(),
    personName: text(L.personName).nullable().default(null),
    personTitle: text(L.personTitle, { optional: true }).default(''),
    form: honourForm,
    /** The event it is honoured at (the festival of 1/10…), if any. */
    eventId: z.uuid().nullable().default(null),
    /** The nominator's paragraph; empty: the paragraph drafted from the evidence. */
    achievements: text(L.achievements, { multiline: true, optional: true }).default(''),
  })
  .refine((input) => (input.nomineeKind === 'person') === (input.personName !== null), {
    error: 'Đề nghị khen cá nhân thì ghi họ tên người được đề nghị; khen tập thể thì để trống họ tên.',
    path: ['personName'],
  });

/** PUT /api/honour-nominations/:id: a submitted nomination corrected, on the version loaded. */
export const nominationUpdate = z.object({
  personName: text(L.personName).nullable().default(null),
  personTitle: text(L.personTitle, { optional: true }).default(''),
  form: honourForm,
  eventId: z.uuid().nullable().default(null),
  achievements: text(L.achievements, { multiline: true }),
  /** Take the evidence again from today's records (the snapshot is otherwise kept as it was). */
  refreshEvidence: z.boolean().default(false),
  version,
});

/** POST /api/honour-nominations/:id/decision: approved with a decision, or rejected with a reason. */
export const nominationDecision = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('approved'),
    /** "125/QĐ-UBND". */
    decisionNo: text(L.decisionNo),
    decidedOn: dateField,
    /** The line the certificate of merit prints; empty: the usual one of the year. */
    citation: text(L.citation, { optional: true }).default(''),
    version,
  }),
  z.object({
    outcome: z.literal('rejected'),
    /** Why, for the nominator. */
    reason: text(L.reason, { multiline: true }),
    version,
  }),
]);

/** A nomination as lists show it. */
export const nominationSummary = z.object({
  id,
  year: z.number().int(),
  status: nominationStatus,
  form: honourForm,
  nomineeKind,
  nominee: bodyBrief,
  personName: z.string().nullable(),
  personTitle: z.string(),
  nominatingBody: bodyBrief,
  /** The body above the nominating one, which decides; null for the root. */
  decidingBody: bodyBrief.nullable(),
  decisionNo: z.string().nullable(),
  decidedOn: isoDate.nullable(),
  certificateNo: z.string().nullable(),
  createdAt: isoDateTime,
  version: z.number().int(),
});

/** GET /api/honour-nominations/:id and the answer of every change. */
export const nomination = nominationSummary.extend({
  achievements: z.string(),
  evidence: nominationEvidence,
  event: z.object({ id, title: z.string(), startsOn: isoDate }).nullable(),
  decisionReason: z.string(),
  citation: z.string(),
  decidedBy: z.string().nullable(),
  certificateIssuedAt: isoDateTime.nullable(),
  createdBy: z.string().nullable(),
  /** Whether the reader may correct it (its body's nominators, while it waits for a decision). */
  canEdit: z.boolean(),
  /** Whether the reader may decide it (a decider over the body above the nominating one), while it waits. */
  canDecide: z.boolean(),
  /** Whether the reader may issue its certificate of merit (a decider, once approved). */
  canCertify: z.boolean(),
});

/** The tabs of the list: everything the reader sees, those waiting for the reader's decision, the reader's own. */
export const NOMINATION_VIEWS = ['all', 'to_decide', 'mine'] as const;

/** GET /api/honour-nominations (query string). */
export const nominationListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: nominationStatus.optional(),
  form: honourForm.optional(),
  view: z.enum(NOMINATION_VIEWS).default('all'),
  /** One body's subtree (of the nominee) among those the reader sees. */
  bodyId: z.uuid().optional(),
  q: text(200, { optional: true }).optional(),
  page,
  pageSize,
});

/** GET /api/honour-nominations: a page, and how many of the whole list wait, were approved, rejected. */
export const nominationPage = pageOf(nominationSummary).extend({
  counts: z.object(
    Object.fromEntries(NOMINATION_STATUSES.map((status) => [status, z.number().int()])) as Record<
      (typeof NOMINATION_STATUSES)[number],
      z.ZodNumber
    >,
  ),
});

/** GET /api/bodies/:id/honour-events (query string): the events of a year a nomination may name. */
export const honourEventsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/** The events a body's nomination may name: its own and those of the bodies above it, of the year. */
export const honourEvents = z.object({
  items: z.array(z.object({ id, title: z.string(), startsOn: isoDate, organiser: z.string() })),
});

/** GET /api/honour-nominations/:id/certificate.pdf. */
export const honourCertificatePdf = fileResponse('The certificate of merit (giấy khen)', [MEDIA_TYPES.pdf]);
