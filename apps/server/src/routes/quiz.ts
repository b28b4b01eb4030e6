import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { contextOf } from '../http/session.ts';
import {
  createQuestion,
  exportQuestions,
  importQuestions,
  listQuestions,
  updateQuestion,
} from '../use-cases/quiz/question-bank.ts';
import { idParams } from './schemas.ts';
import { contentDisposition, readUpload } from './uploads.ts';

const question = z.object({
  topic: z.string().max(200),
  difficulty: z.number().int(),
  text: z.string().max(5000),
  explanation: z.string().max(5000).default(''),
  options: z
    .array(
      z.object({
        key: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
        text: z.string().max(2000),
        correct: z.boolean(),
      }),
    )
    .max(6),
});

export const quizRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['quiz'];
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
          body: question.extend({ bodyId: z.uuid(), code: z.string().trim().max(40).optional() }),
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
          body: question.extend({ active: z.boolean(), version: z.number().int().min(1) }),
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
        },
      },
      async (request, reply) => {
        const bytes = await exportQuestions(contextOf(request, deps), request.query.bodyId);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', contentDisposition('attachment', 'ngan-hang-cau-hoi.xlsx'))
          .send(Buffer.from(bytes));
      },
    );
    app.post(
      '/api/quiz/questions/import',
      {
        schema: {
          tags,
          summary: 'Import questions from the template (multipart: bodyId, then file); per-row error list',
          consumes: ['multipart/form-data'],
        },
      },
      async (request) => {
        const ctx = contextOf(request, deps);
        const { file, fields } = await readUpload(request, 10 * 1024 * 1024);
        if (!/\.xlsx$/i.test(file.name))
          throw new AppError('invalid_input', 'Hãy tải lên tệp Excel .xlsx theo mẫu.', 'file');
        const { bodyId } = z.object({ bodyId: z.uuid() }).parse(fields);
        return importQuestions(ctx, bodyId, file.bytes);
      },
    );
  };
