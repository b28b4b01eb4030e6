import { noContent } from '@lantoa/api-contract/common';
import {
  answerSaved,
  answersSaved,
  attempt,
  contest,
  contestBodies,
  contestCreated,
  contestInput,
  contestList,
  givenAnswers,
  optionKeys,
  organiserList,
  publicContest,
  questionImport,
  questionInput,
  questionList,
  questionWorkbook,
  quizQuestion,
  registration,
  roundResults as roundResultsResponse,
  roundResultsWorkbook,
  submission,
  submissionInput,
} from '@lantoa/api-contract/quiz';
import { MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import { PARTICIPANT_GROUPS } from '@lantoa/domain';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { createContest } from '../use-cases/quiz/create-contest.ts';
import { createQuestion } from '../use-cases/quiz/create-question.ts';
import { excludeOrganisers } from '../use-cases/quiz/exclude-organisers.ts';
import { exportQuestions } from '../use-cases/quiz/export-questions.ts';
import { exportRoundResults } from '../use-cases/quiz/export-round-results.ts';
import { getAttempt } from '../use-cases/quiz/get-attempt.ts';
import { getContest } from '../use-cases/quiz/get-contest.ts';
import { getOrganiserRoundResults } from '../use-cases/quiz/get-organiser-round-results.ts';
import { getPublicContest } from '../use-cases/quiz/get-public-contest.ts';
import { getRoundResults } from '../use-cases/quiz/get-round-results.ts';
import { importQuestions, MAX_QUESTION_WORKBOOK_BYTES } from '../use-cases/quiz/import-questions.ts';
import { listContests } from '../use-cases/quiz/list-contests.ts';
import { listOrganiserBodies } from '../use-cases/quiz/list-organiser-bodies.ts';
import { listQuestions } from '../use-cases/quiz/list-questions.ts';
import { verifyParticipantToken } from '../use-cases/quiz/participant-token.ts';
import { publishContest } from '../use-cases/quiz/publish-contest.ts';
import { registerParticipant } from '../use-cases/quiz/register-participant.ts';
import { saveAnswer, saveAnswers } from '../use-cases/quiz/save-answer.ts';
import { searchContestBodies } from '../use-cases/quiz/search-contest-bodies.ts';
import { startAttempt } from '../use-cases/quiz/start-attempt.ts';
import { submitAttempt } from '../use-cases/quiz/submit-attempt.ts';
import { updateQuestion } from '../use-cases/quiz/update-question.ts';
import { idParams, version } from './schemas.ts';
import { readUpload, sendAttachment } from './uploads.ts';

/** A contest's round, by its number. */
const roundParams = z.object({ id: z.uuid(), number: z.coerce.number().int().min(1).max(1000) });
export const quizRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['quiz'];
    app.get(
      '/api/quiz/organisers',
      {
        schema: {
          tags,
          summary: 'Bodies whose question bank and contests the actor manages',
          response: { 200: organiserList },
        },
      },
      async (request) => listOrganiserBodies(contextOf(request, deps)),
    );
    app.get(
      '/api/quiz/contests',
      {
        schema: {
          tags,
          summary: 'Contests organised inside the actor’s scopes',
          response: { 200: contestList },
        },
      },
      async (request) => listContests(contextOf(request, deps)),
    );
    app.get(
      '/api/quiz/questions',
      {
        schema: {
          tags,
          summary: 'An organiser’s question bank',
          querystring: z.object({
            bodyId: z.uuid(),
            topic: z.string().max(200).optional(),
            q: z.string().max(200).optional(),
          }),
          response: { 200: questionList },
        },
      },
      async (request) => listQuestions(contextOf(request, deps), request.query),
    );
    app.post(
      '/api/quiz/questions',
      {
        schema: {
          tags,
          summary: 'Add a question',
          body: questionInput.extend({ bodyId: z.uuid(), code: z.string().trim().max(40).optional() }),
          response: { 201: quizQuestion },
        },
      },
      async (request, reply) => {
        const { bodyId, ...input } = request.body;
        return reply.status(201).send(await createQuestion(contextOf(request, deps), bodyId, input));
      },
    );
    app.patch(
      '/api/quiz/questions/:id',
      {
        schema: {
          tags,
          summary: 'Edit a question (optimistic: send the version you loaded)',
          params: idParams,
          body: questionInput.extend({ active: z.boolean(), version }),
          response: { 200: quizQuestion },
        },
      },
      async (request) => updateQuestion(contextOf(request, deps), request.params.id, request.body),
    );
    app.get(
      '/api/quiz/questions.xlsx',
      {
        schema: {
          tags,
          summary: 'The bank as the Excel template',
          querystring: z.object({ bodyId: z.uuid() }),
          response: { 200: questionWorkbook },
        },
      },
      async (request, reply) =>
        sendAttachment(
          reply,
          MEDIA_TYPES.xlsx,
          'ngan-hang-cau-hoi.xlsx',
          await exportQuestions(contextOf(request, deps), request.query.bodyId),
        ),
    );
    app.post(
      '/api/quiz/questions/import',
      {
        schema: {
          tags,
          summary: 'Import questions from the template (multipart: bodyId, then file); per-row error list',
          consumes: ['multipart/form-data'],
          response: { 200: questionImport },
        },
      },
      async (request) => {
        const ctx = contextOf(request, deps);
        const { file, fields } = await readUpload(request, MAX_QUESTION_WORKBOOK_BYTES);
        const { bodyId } = z.object({ bodyId: z.uuid() }).parse(fields);
        return importQuestions(ctx, bodyId, file);
      },
    );

    app.post(
      '/api/quiz/contests',
      {
        schema: {
          tags,
          summary: 'Create a contest with weekly rounds',
          body: contestInput,
          response: { 201: contestCreated },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createContest(contextOf(request, deps), request.body)),
    );
    app.get(
      '/api/quiz/contests/:id',
      {
        schema: { tags, summary: 'A contest (organiser view)', params: idParams, response: { 200: contest } },
      },
      async (request) => getContest(contextOf(request, deps), request.params.id),
    );
    app.post(
      '/api/quiz/contests/:id/publish',
      {
        schema: {
          tags,
          summary: 'Open a contest to the public',
          params: idParams,
          body: z.object({ version }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await publishContest(contextOf(request, deps), request.params.id, request.body.version);
        return reply.status(204).send();
      },
    );
    app.post(
      '/api/quiz/contests/:id/exclusions',
      {
        schema: {
          tags,
          summary: 'Exclude organisers by citizen ID (kept only as keys and masks)',
          params: idParams,
          body: z.object({ citizenIds: z.array(z.string().max(30)).min(1).max(500) }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await excludeOrganisers(contextOf(request, deps), request.params.id, request.body.citizenIds);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/quiz/contests/:id/rounds/:number/results',
      {
        schema: {
          tags,
          summary: 'A closed round’s ranking, winners and tallies (organiser view)',
          params: roundParams,
          response: { 200: roundResultsResponse },
        },
      },
      async (request) =>
        getOrganiserRoundResults(contextOf(request, deps), request.params.id, request.params.number),
    );
    app.get(
      '/api/quiz/contests/:id/rounds/:number/results.xlsx',
      {
        schema: {
          tags,
          summary: 'A closed round’s ranking, winners and tallies as .xlsx',
          params: roundParams,
          response: { 200: roundResultsWorkbook },
        },
      },
      async (request, reply) =>
        sendAttachment(
          reply,
          MEDIA_TYPES.xlsx,
          `ket-qua-vong-${request.params.number}.xlsx`,
          await exportRoundResults(contextOf(request, deps), request.params.id, request.params.number),
        ),
    );

    // Public endpoints: no session; each has its own rate limit per address.
    const publicLimit = { rateLimit: { max: deps.config.publicPerMinute, timeWindow: '1 minute' } };
    // The clock that decides deadlines and the close of rounds, in milliseconds, for the contest
    // page to count down on (the Date header has whole seconds, and a proxy may set its own).
    app.addHook('onSend', async (request, reply) => {
      if (request.url.startsWith('/api/public/')) reply.header('x-server-time', String(Date.now()));
    });
    app.get(
      '/api/public/contests/:id',
      {
        schema: {
          tags: ['public'],
          summary: 'A published contest',
          params: idParams,
          response: { 200: publicContest },
        },
        config: publicLimit,
      },
      async (request) => getPublicContest(deps.handle.db, request.params.id),
    );
    app.get(
      '/api/public/contests/:id/bodies',
      {
        schema: {
          tags: ['public'],
          summary: 'Bodies a participant may name',
          params: idParams,
          querystring: z.object({ q: z.string().trim().min(1).max(100) }),
          response: { 200: contestBodies },
        },
        config: publicLimit,
      },
      async (request) => ({
        items: await searchContestBodies(deps.handle.db, request.params.id, request.query.q),
      }),
    );
    app.post(
      '/api/public/contests/:id/register',
      {
        schema: {
          tags: ['public'],
          summary:
            'Register; a citizen ID already registered is recognised only with the phone given at its registration',
          params: idParams,
          body: z.object({
            fullName: z.string().max(100),
            phone: z.string().max(30),
            citizenId: z.string().max(30),
            bodyId: z.uuid(),
            group: z.enum(PARTICIPANT_GROUPS),
          }),
          response: { 200: registration },
        },
        config: { rateLimit: { max: deps.config.registerPerMinute, timeWindow: '1 minute' } },
      },
      async (request) => registerParticipant(deps.handle.db, request.params.id, request.body),
    );

    // Taking the quiz: the participant token from registration goes in `x-participant`, checked without
    // reading the database. A token of the first form is answered with its successor in
    // `x-participant-token`, which the contest page keeps.
    const participant = async (
      request: { headers: Record<string, unknown> },
      reply: FastifyReply,
      contestId?: string,
    ) => {
      const verified = await verifyParticipantToken(
        deps.handle.db,
        request.headers['x-participant'] as string | undefined,
        { contestId },
      );
      if (verified.renewed) reply.header('x-participant-token', verified.renewed);
      return verified;
    };
    // Per participant (by token), else per address: a school behind one address is many participants.
    const attemptLimit = {
      rateLimit: {
        max: deps.config.attemptPerMinute,
        timeWindow: '1 minute',
        keyGenerator: (request: { headers: Record<string, unknown>; ip: string }) =>
          (request.headers['x-participant'] as string | undefined)?.split('.')[0] ?? request.ip,
      },
    };
    app.post(
      '/api/public/contests/:id/attempts',
      {
        schema: {
          tags: ['public'],
          summary: 'Start (or resume) an attempt in the open round',
          params: idParams,
          response: { 200: attempt },
        },
        config: attemptLimit,
      },
      async (request, reply) =>
        startAttempt(
          deps.handle.db,
          request.params.id,
          (await participant(request, reply, request.params.id)).participantId,
        ),
    );
    app.get(
      '/api/public/attempts/:id',
      {
        schema: {
          tags: ['public'],
          summary:
            'An attempt, to resume it (score after the round closes, answer key after the contest ends)',
          params: idParams,
          response: { 200: attempt },
        },
        config: attemptLimit,
      },
      async (request, reply) =>
        getAttempt(deps.handle.db, request.params.id, (await participant(request, reply)).participantId),
    );
    app.put(
      '/api/public/attempts/:id/answers/:questionId',
      {
        schema: {
          tags: ['public'],
          summary: 'Keep an answer as it is given',
          params: z.object({ id: z.uuid(), questionId: z.uuid() }),
          body: z.object({ optionKeys }),
          response: { 200: answerSaved },
        },
        config: attemptLimit,
      },
      async (request, reply) =>
        saveAnswer(
          deps.handle.db,
          request.params.id,
          (await participant(request, reply)).participantId,
          request.params.questionId,
          request.body.optionKeys,
        ),
    );
    app.post(
      '/api/public/attempts/:id/answers',
      {
        schema: {
          tags: ['public'],
          summary:
            'Keep several answers at once (all or none; the last one given for a question wins; sending them again changes nothing)',
          params: idParams,
          body: z.object({ answers: givenAnswers.min(1) }),
          response: { 200: answersSaved },
        },
        config: attemptLimit,
      },
      async (request, reply) =>
        saveAnswers(
          deps.handle.db,
          request.params.id,
          (await participant(request, reply)).participantId,
          request.body.answers,
        ),
    );
    app.post(
      '/api/public/attempts/:id/submit',
      {
        schema: {
          tags: ['public'],
          summary:
            'Submit with the prediction of participants and the answers not sent yet (idempotent: a replay changes nothing)',
          params: idParams,
          body: submissionInput,
          response: { 200: submission },
        },
        config: attemptLimit,
      },
      async (request, reply) =>
        submitAttempt(
          deps.handle.db,
          request.params.id,
          (await participant(request, reply)).participantId,
          request.body.prediction,
          new Date(),
          request.body.answers,
        ),
    );
    app.get(
      '/api/public/contests/:id/rounds/:number/results',
      {
        schema: {
          tags: ['public'],
          summary: 'A closed round: ranking, winners by prize tier, tallies by body',
          params: roundParams,
          response: { 200: roundResultsResponse },
        },
        config: publicLimit,
      },
      async (request) => getRoundResults(deps.handle.db, request.params.id, request.params.number),
    );
  };
