// Quiz contests: the organiser's question bank and contests (`/api/quiz/…`), and what the public
// contest page's script reads and sends (`/api/public/…`; the page /thi/:id itself is HTML).
// Spreadsheets (the bank's template, a round's results) are files, not JSON.
import { PARTICIPANT_GROUPS, QUIZ_OPTION_KEYS } from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyBrief, bodyRef, id, isoDateTime, listOf } from './common.ts';
import { dateField, int4 } from './request-fields.ts';
import { text } from './text-field.ts';
import { fileResponse, MEDIA_TYPES } from './uploads.ts';

const CONTEST_STATUSES = ['draft', 'published'] as const;

// ---- The organiser's question bank ----

export const quizOption = z.object({ key: z.enum(QUIZ_OPTION_KEYS), text: z.string(), correct: z.boolean() });

export const quizQuestion = z.object({
  id,
  /** The row's code in the spreadsheet template (an import matches rows by it). */
  code: z.string(),
  topic: z.string(),
  /** 1 easy, 2 medium, 3 hard. */
  difficulty: z.number().int(),
  text: z.string(),
  explanation: z.string(),
  options: z.array(quizOption),
  active: z.boolean(),
  version: z.number().int(),
});

/** GET /api/quiz/questions: the questions asked for and every topic of the bank. */
export const questionList = z.object({ items: z.array(quizQuestion), topics: z.array(z.string()) });

/** The bank as the spreadsheet template (export, edit, import again). */
export const questionWorkbook = fileResponse('The question bank as the .xlsx template', [MEDIA_TYPES.xlsx]);

/** What an import did; each row with a problem is listed (row, column, what to fix) and skipped. */
export const questionImport = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
});

// ---- Contests (organiser) ----

/** GET /api/quiz/organisers: the bodies whose bank and contests the actor manages. */
export const organiserList = listOf(bodyBrief);

export const contestSummary = z.object({
  id,
  title: z.string(),
  status: z.enum(CONTEST_STATUSES),
  body: bodyRef,
  createdAt: isoDateTime.nullable(),
  /** The first round's opening and the last round's close; null without rounds. */
  opensAt: isoDateTime.nullable(),
  closesAt: isoDateTime.nullable(),
  rounds: z.number().int(),
  participants: z.number().int(),
  attemptsPerRound: z.number().int(),
  timeLimitSeconds: z.number().int(),
});
/** GET /api/quiz/contests. */
export const contestList = listOf(contestSummary);

export const contestCreated = z.object({ id });

export const topicQuota = z.object({ topic: z.string(), count: z.number().int() });
export const prizeTier = z.object({ name: z.string(), count: z.number().int() });

export const contest = z.object({
  id,
  bodyId: id,
  title: z.string(),
  description: z.string(),
  eligibleGroups: z.array(z.enum(PARTICIPANT_GROUPS)),
  topicQuotas: z.array(topicQuota),
  timeLimitSeconds: z.number().int(),
  attemptsPerRound: z.number().int(),
  prizeTiers: z.array(prizeTier),
  status: z.enum(CONTEST_STATUSES),
  version: z.number().int(),
  rounds: z.array(z.object({ id, number: z.number().int(), opensAt: isoDateTime, closesAt: isoDateTime })),
  participants: z.number().int(),
  /** Masks of the excluded organisers' citizen IDs (the numbers are never kept). */
  excluded: z.array(z.string()),
});

// ---- A round's results: the copy published when it settled, for the organiser and the public ----

export const resultEntry = z.object({
  rank: z.number().int(),
  name: z.string(),
  /** Masked. */
  citizenId: z.string(),
  body: z.string(),
  correct: z.number().int(),
  total: z.number().int(),
  prediction: z.number().int().nullable(),
  predictionDistance: z.number().nullable(),
  durationMs: z.number().int(),
  attempts: z.number().int(),
});

export const roundResults = z.object({
  round: z.object({ number: z.number().int(), closesAt: isoDateTime }),
  participants: z.number().int(),
  ranking: z.array(resultEntry),
  winners: z.array(z.object({ tier: z.string(), winners: z.array(resultEntry) })),
  tallies: z.array(
    z.object({
      bodyId: id,
      body: z.string(),
      participants: z.number().int(),
      attempts: z.number().int(),
      meanScore: z.number(),
    }),
  ),
});

/** A round's ranking, winners and tallies as a spreadsheet. */
export const roundResultsWorkbook = fileResponse('The round’s results as .xlsx', [MEDIA_TYPES.xlsx]);

// ---- The public contest page ----

/** A published contest as the public sees it: no question, no answer. */
export const publicContest = z.object({
  id,
  title: z.string(),
  description: z.string(),
  eligibleGroups: z.array(z.enum(PARTICIPANT_GROUPS)),
  timeLimitSeconds: z.number().int(),
  attemptsPerRound: z.number().int(),
  rounds: z.array(z.object({ number: z.number().int(), opensAt: isoDateTime, closesAt: isoDateTime })),
});

/** Bodies a participant may name when registering (the organiser's subtree). */
export const contestBodies = listOf(bodyBrief);

export const registration = z.object({
  participantId: id,
  /** Goes in `x-participant` on the attempt routes. */
  token: z.string(),
  /** Masked. */
  citizenId: z.string(),
  fullName: z.string(),
  /** Registered before and recognised by the phone given then: the details are those registered. */
  returning: z.boolean(),
});

/**
 * An attempt as its participant sees it, options in its own order. `result` once the round has
 * settled; `correct` and `explanation` only once the whole contest has.
 */
export const attempt = z.object({
  id,
  round: z.number().int(),
  number: z.number().int(),
  startedAt: isoDateTime,
  /** The attempt's time limit or the round's close, whichever comes first. */
  deadlineAt: isoDateTime,
  submittedAt: isoDateTime.nullable(),
  result: z.object({ correct: z.number().int().nullable(), total: z.number().int() }).nullable(),
  questions: z.array(
    z.object({
      id,
      text: z.string(),
      options: z.array(z.object({ key: z.string(), text: z.string() })),
      /** The keys chosen so far. */
      answer: z.array(z.string()),
      correct: z.array(z.string()).optional(),
      explanation: z.string().optional(),
    }),
  ),
});

/** An answer kept (after its commit). */
export const answerSaved = z.object({ saved: z.literal(true) });

/** Answers kept together (after their commit): how many the request gave. */
export const answersSaved = z.object({ saved: z.number().int() });

/** A submission; submitting again answers the same one. */
export const submission = z.object({
  id,
  submittedAt: isoDateTime.nullable(),
  prediction: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
});

// Requests -------------------------------------------------------------------------------------

/** A question as its form sends it (POST adds the organiser and an optional code; PATCH `active` and `version`). */
export const questionInput = z.object({
  topic: z.string().max(200),
  difficulty: int4(1, 3),
  text: z.string().max(5000),
  explanation: z.string().max(5000).default(''),
  options: z
    .array(z.object({ key: z.enum(QUIZ_OPTION_KEYS), text: z.string().max(2000), correct: z.boolean() }))
    .max(6),
});

/** The keys a participant chose for one question (none: the answer withdrawn). */
export const optionKeys = z.array(z.enum(QUIZ_OPTION_KEYS)).max(6);

/**
 * Answers the contest page sends together: to `POST /api/public/attempts/:id/answers`, or with the
 * submission. Kept all together or refused all together; the last one given for a question wins.
 */
export const givenAnswers = z.array(z.object({ questionId: z.uuid(), optionKeys })).max(100);

/** A submission: the prediction and the answers not sent yet. */
export const submissionInput = z.object({
  prediction: z.number().int().min(0).max(100_000_000).nullable(),
  answers: givenAnswers.optional(),
});

/** A new contest: the rules it shows, and when and for how long its weekly rounds run. */
export const contestInput = z.object({
  bodyId: z.uuid(),
  title: text(300),
  description: z.string().max(20_000).default(''),
  eligibleGroups: z.array(z.enum(PARTICIPANT_GROUPS)).min(1).max(4),
  topicQuotas: z
    .array(z.object({ topic: text(200), count: z.number().int().min(0).max(100) }))
    .min(1)
    .max(30),
  timeLimitSeconds: z.number().int().min(60).max(7200).default(600),
  attemptsPerRound: z.number().int().min(1).max(100).default(7),
  prizeTiers: z
    .array(z.object({ name: text(100), count: z.number().int().min(1).max(1000) }))
    .max(20)
    .default([]),
  /** First day of round 1. */
  startsOn: dateField,
  weeks: z.number().int().min(1).max(52),
});
