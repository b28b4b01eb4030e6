import {
  assignmentDetail,
  calendar,
  evidenceResponse,
  myTasks,
  myTasksQuery,
  overdue,
  overdueQuery,
  overdueWorkbook,
  progressResponse,
  taskHistory,
} from '@lantoa/api-contract/tasks';
import { fileResponse, MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { readStoredFile } from '../use-cases/attachments/read-stored-file.ts';
import { exportOverdueWorkbook } from '../use-cases/plans/export-overdue-workbook.ts';
import { listCalendar } from '../use-cases/plans/list-calendar.ts';
import { listOverdue } from '../use-cases/plans/list-overdue.ts';
import { addEvidence } from '../use-cases/tasks/add-evidence.ts';
import { getAssignment } from '../use-cases/tasks/get-assignment.ts';
import { getTaskHistory } from '../use-cases/tasks/get-task-history.ts';
import { listMyTasks } from '../use-cases/tasks/list-my-tasks.ts';
import { recordProgress } from '../use-cases/tasks/record-progress.ts';
import { idParams, isoDate, page, pageSize, version } from './schemas.ts';
import { receiveUpload, sendAttachment, sendStoredFile } from './uploads.ts';

export const taskRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['tasks'];
    app.get(
      '/api/my-tasks',
      {
        schema: {
          tags,
          summary: 'Assignments of the actor’s body and below, one page of the filtered list',
          querystring: myTasksQuery.extend({ page, pageSize }),
          response: { 200: myTasks },
        },
      },
      async (request) => listMyTasks(contextOf(request, deps), request.query),
    );

    app.get(
      '/api/calendar',
      {
        schema: {
          tags,
          summary: 'Due dates, key days and campaign peaks between two dates',
          querystring: z
            .object({ from: isoDate, to: isoDate, bodyId: z.uuid().optional() })
            .refine((q) => q.from <= q.to && Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, {
              message: 'Khoảng ngày phải hợp lệ và không quá 400 ngày',
              path: ['to'],
            }),
          response: { 200: calendar },
        },
      },
      async (request) => listCalendar(contextOf(request, deps), request.query),
    );

    app.get(
      '/api/overdue',
      {
        schema: {
          tags,
          summary: 'Open occurrences past their due date, oldest first, one page of the filtered list',
          querystring: overdueQuery.extend({ page, pageSize }),
          response: { 200: overdue },
        },
      },
      async (request) => listOverdue(contextOf(request, deps), request.query),
    );

    app.get(
      '/api/overdue.xlsx',
      {
        schema: {
          tags,
          summary: 'The whole filtered overdue list as .xlsx, titled with its filters and day',
          querystring: overdueQuery,
          response: { 200: overdueWorkbook },
        },
      },
      async (request, reply) => {
        const file = await exportOverdueWorkbook(contextOf(request, deps), request.query);
        return sendAttachment(reply, MEDIA_TYPES.xlsx, file.name, file.bytes);
      },
    );

    app.get(
      '/api/assignments/:id',
      {
        schema: {
          tags,
          summary: 'An assignment’s occurrences, progress and evidence',
          params: idParams,
          response: { 200: assignmentDetail },
        },
      },
      async (request) => getAssignment(contextOf(request, deps), request.params.id),
    );

    app.get(
      '/api/tasks/:id/history',
      {
        schema: {
          tags,
          summary: 'A task’s amendments and recorded progress, oldest first',
          params: idParams,
          response: { 200: taskHistory },
        },
      },
      async (request) => getTaskHistory(contextOf(request, deps), request.params.id),
    );

    app.post(
      '/api/occurrences/:id/progress',
      {
        schema: {
          tags,
          summary: 'Record progress (optimistic: send the version you loaded)',
          params: idParams,
          body: z.object({
            note: z.string().max(5000).nullish(),
            completedOn: isoDate.nullish(),
            version,
          }),
          response: { 200: progressResponse },
        },
      },
      async (request) => ({
        occurrence: await recordProgress(contextOf(request, deps), request.params.id, request.body),
      }),
    );

    app.post(
      '/api/occurrences/:id/evidence',
      {
        schema: {
          tags,
          summary: 'Add evidence: JSON { url } or a multipart file',
          params: idParams,
          consumes: ['application/json', 'multipart/form-data'],
          response: { 201: evidenceResponse },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request, deps);
        const input = request.isMultipart()
          ? { file: (await receiveUpload(request, deps.config.maxEvidenceBytes)).file }
          : z.object({ url: z.url({ protocol: /^https?$/ }).max(2000) }).parse(request.body);
        const evidence = await addEvidence(
          ctx,
          filesOf(deps),
          request.params.id,
          input,
          deps.config.uploadLimits,
        );
        return reply.status(201).send({ evidence });
      },
    );

    app.get(
      '/api/files/:id',
      {
        schema: {
          tags: ['files'],
          summary: 'Download a stored file',
          params: idParams,
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
        const file = await readStoredFile(contextOf(request, deps), files, request.params.id);
        return sendStoredFile(request, reply, files, file);
      },
    );
  };
