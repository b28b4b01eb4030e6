import {
  scienceProblem,
  scienceProblemClose,
  scienceProblemCreated,
  scienceProblemInput,
  scienceProblemPage,
  scienceProblemPublish,
  scienceProblemQuery,
  scienceProblemUpdate,
  scienceProposal,
  scienceProposalList,
  scienceProposalReview,
} from '@lantoa/api-contract/science-problems';
import { fileResponse, MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { closeScienceProblem } from '../use-cases/science-problems/close-science-problem.ts';
import { createScienceProblem } from '../use-cases/science-problems/create-science-problem.ts';
import { getScienceProblem } from '../use-cases/science-problems/get-science-problem.ts';
import { listScienceProblems } from '../use-cases/science-problems/list-science-problems.ts';
import { listScienceProposals } from '../use-cases/science-problems/list-science-proposals.ts';
import { publishScienceProblem } from '../use-cases/science-problems/publish-science-problem.ts';
import { readProposalFile } from '../use-cases/science-problems/read-proposal-file.ts';
import { reviewScienceProposal } from '../use-cases/science-problems/review-science-proposal.ts';
import { updateScienceProblem } from '../use-cases/science-problems/update-science-problem.ts';
import { idParams } from './schemas.ts';
import { sendStoredFile } from './uploads.ts';

/**
 * Problems for scientists as the department keeps them: written as drafts, published to the public
 * home, closed with their outcome; the proposals that answer them (with the senders' contact details,
 * to those who manage the problem only), reviewed one by one, and their files.
 */
export const scienceProblemRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['science-problems'];
    const { publicUrl } = deps.config;

    app.get(
      '/api/science-problems',
      {
        schema: {
          tags,
          summary:
            'The problems of the bodies the actor reads (or of one body’s subtree), newest first, with their proposals counted by status',
          querystring: scienceProblemQuery,
          response: { 200: scienceProblemPage },
        },
      },
      async (request) => listScienceProblems(contextOf(request, deps), request.query),
    );
    app.post(
      '/api/bodies/:id/science-problems',
      {
        schema: {
          tags,
          summary: 'Write a problem for scientists (a draft until published)',
          params: idParams,
          body: scienceProblemInput,
          response: { 201: scienceProblemCreated },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createScienceProblem(contextOf(request, deps), request.params.id, request.body)),
    );
    app.get(
      '/api/science-problems/:id',
      {
        schema: {
          tags,
          summary: 'A problem, with its public page once published and whether the actor manages it',
          params: idParams,
          response: { 200: scienceProblem },
        },
      },
      async (request) => getScienceProblem(contextOf(request, deps), request.params.id, publicUrl),
    );
    app.put(
      '/api/science-problems/:id',
      {
        schema: {
          tags,
          summary: 'Change a problem’s text and deadline (optimistic on version); a closed one is 409',
          params: idParams,
          body: scienceProblemUpdate,
          response: { 200: scienceProblem },
        },
      },
      async (request) =>
        updateScienceProblem(contextOf(request, deps), request.params.id, request.body, publicUrl),
    );
    app.post(
      '/api/science-problems/:id/publish',
      {
        schema: {
          tags,
          summary:
            'Publish a draft: its public page opens and takes proposals until the end of its deadline day',
          params: idParams,
          body: scienceProblemPublish,
          response: { 200: scienceProblem },
        },
      },
      async (request) =>
        publishScienceProblem(contextOf(request, deps), request.params.id, request.body, publicUrl),
    );
    app.post(
      '/api/science-problems/:id/close',
      {
        schema: {
          tags,
          summary:
            'Close a published problem with its outcome: the proposals picked are selected, every other one not selected',
          params: idParams,
          body: scienceProblemClose,
          response: { 200: scienceProblem },
        },
      },
      async (request) =>
        closeScienceProblem(contextOf(request, deps), request.params.id, request.body, publicUrl),
    );
    app.get(
      '/api/science-problems/:id/proposals',
      {
        schema: {
          tags,
          summary:
            'The proposals answering a problem, with their contact details and files (to those who manage the problem)',
          params: idParams,
          response: { 200: scienceProposalList },
        },
      },
      async (request) => listScienceProposals(contextOf(request, deps), request.params.id),
    );
    app.post(
      '/api/science-proposals/:id/review',
      {
        schema: {
          tags,
          summary: 'Shortlist, set aside or select a proposal with a note (optimistic on version)',
          params: idParams,
          body: scienceProposalReview,
          response: { 200: scienceProposal },
        },
      },
      async (request) => reviewScienceProposal(contextOf(request, deps), request.params.id, request.body),
    );
    app.get(
      '/api/science-proposals/:id/files/:fileId',
      {
        schema: {
          tags,
          summary: 'A file a proposal carries (to those who manage its problem)',
          params: z.object({ id: z.uuid(), fileId: z.uuid() }),
          response: {
            200: fileResponse('The file: a raster image inline, anything else as an attachment', [
              'image/*',
              MEDIA_TYPES.any,
            ]),
          },
        },
      },
      async (request, reply) => {
        const files = filesOf(deps);
        const file = await readProposalFile(
          contextOf(request, deps),
          files,
          request.params.id,
          request.params.fileId,
        );
        return sendStoredFile(request, reply, files, file);
      },
    );
  };
