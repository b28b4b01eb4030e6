import {
  assistantAnswer,
  assistantPassage,
  assistantQuestion,
  referenceDocument,
  referenceDocumentFields,
  referenceDocumentList,
} from '@lantoa/api-contract/assistant';
import { noContent } from '@lantoa/api-contract/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { answerQuestion } from '../use-cases/assistant/answer-question.ts';
import { deleteReferenceDocument } from '../use-cases/assistant/delete-reference-document.ts';
import { getPassage } from '../use-cases/assistant/get-passage.ts';
import { listReferenceDocuments } from '../use-cases/assistant/list-reference-documents.ts';
import { uploadReferenceDocument } from '../use-cases/assistant/upload-reference-document.ts';
import { idParams, version } from './schemas.ts';
import { readUpload } from './uploads.ts';

/** The assistant: answers with their sources, the passages they quote, reference documents. */
export const assistantRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assistant'];

    app.post(
      '/api/assistant/answers',
      {
        schema: {
          tags,
          summary: 'Answer a question from the sources the actor may read, citing the passages used',
          body: assistantQuestion,
          response: { 200: assistantAnswer },
        },
      },
      async (request) => answerQuestion(contextOf(request, deps), request.body.question, deps.config.llm),
    );

    app.get(
      '/api/assistant/passages/:id',
      {
        schema: {
          tags,
          summary: 'A cited passage in its document, with the passages before and after it',
          params: idParams,
          response: { 200: assistantPassage },
        },
      },
      async (request) => getPassage(contextOf(request, deps), request.params.id),
    );

    app.post(
      '/api/bodies/:id/reference-documents',
      {
        schema: {
          tags,
          summary:
            'Upload a reference document for the assistant (multipart: fields title, symbol?, then file)',
          consumes: ['multipart/form-data'],
          params: idParams,
          response: { 201: referenceDocument },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request, deps);
        const { file, fields } = await readUpload(request, deps.config.maxPlanBytes);
        const parsed = referenceDocumentFields.parse(fields);
        const created = await uploadReferenceDocument(ctx, filesOf(deps), {
          bodyId: request.params.id,
          ...parsed,
          file,
        });
        return reply.status(201).send(created);
      },
    );

    app.get(
      '/api/reference-documents',
      {
        schema: {
          tags,
          summary:
            'The reference documents the assistant may quote to the actor (of bodies above it or in its scope)',
          querystring: z.object({ bodyId: z.uuid().optional() }),
          response: { 200: referenceDocumentList },
        },
      },
      async (request) => listReferenceDocuments(contextOf(request, deps), request.query),
    );

    app.delete(
      '/api/reference-documents/:id',
      {
        schema: {
          tags,
          summary: 'Remove a reference document and its passages (optimistic on version)',
          params: idParams,
          querystring: z.object({ version: z.coerce.number().pipe(version) }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await deleteReferenceDocument(contextOf(request, deps), request.params.id, request.query.version);
        return reply.status(204).send();
      },
    );
  };
