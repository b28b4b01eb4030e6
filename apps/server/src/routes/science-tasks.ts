import { noContent } from '@lantoa/api-contract/common';
import { sheetImportResult } from '@lantoa/api-contract/outputs';
import {
  scienceTask,
  scienceTaskFile,
  scienceTaskInput,
  scienceTaskPage,
  scienceTaskPublication,
  scienceTaskQuery,
  scienceTasksTemplateWorkbook,
  scienceTaskUpdate,
} from '@lantoa/api-contract/science-tasks';
import { keepGoodRowsField } from '@lantoa/api-contract/training-imports';
import { MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { MAX_WORKBOOK_BYTES } from '../use-cases/files/read-uploaded-workbook.ts';
import { attachScienceTaskFile } from '../use-cases/science-tasks/attach-science-task-file.ts';
import { createScienceTask } from '../use-cases/science-tasks/create-science-task.ts';
import { getScienceTask } from '../use-cases/science-tasks/get-science-task.ts';
import { getScienceTaskFile } from '../use-cases/science-tasks/get-science-task-file.ts';
import { importScienceTasks } from '../use-cases/science-tasks/import-science-tasks.ts';
import { listScienceTasks } from '../use-cases/science-tasks/list-science-tasks.ts';
import { publishScienceTask } from '../use-cases/science-tasks/publish-science-task.ts';
import { removeScienceTaskFile } from '../use-cases/science-tasks/remove-science-task-file.ts';
import { scienceTasksTemplate } from '../use-cases/science-tasks/science-tasks-template.ts';
import { unpublishScienceTask } from '../use-cases/science-tasks/unpublish-science-task.ts';
import { updateScienceTask } from '../use-cases/science-tasks/update-science-task.ts';
import { idParams } from './schemas.ts';
import { readUpload, sendAttachment, sendStoredFile } from './uploads.ts';

const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
const keepFields = z.object({ keepGoodRows: keepGoodRowsField });

/**
 * The registry of state-funded science and technology tasks a body (normally the S&T department)
 * keeps: its list, a task's page, corrections, publication on the public pages, files, and the
 * import of the department's Excel list.
 */
export const scienceTaskRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['science-tasks'];
    const limits = deps.config.uploadLimits;
    app.get(
      '/api/science-tasks',
      {
        schema: {
          tags,
          summary:
            'The registries of the bodies the reader sees (or of one body’s subtree), searched without diacritics and filtered',
          querystring: scienceTaskQuery,
          response: { 200: scienceTaskPage },
        },
      },
      async (request) => listScienceTasks(contextOf(request, deps), request.query),
    );
    app.post(
      '/api/bodies/:id/science-tasks',
      {
        schema: {
          tags,
          summary: 'Enter a task of the body’s registry (unpublished; a code already there is refused)',
          params: idParams,
          body: scienceTaskInput,
          response: { 201: scienceTask },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createScienceTask(contextOf(request, deps), request.params.id, request.body)),
    );
    app.get(
      '/api/science-tasks/template',
      {
        schema: {
          tags,
          summary: 'The empty Excel template of a registry (levels and statuses listed on a second sheet)',
          response: { 200: scienceTasksTemplateWorkbook },
        },
      },
      async (request, reply) => {
        contextOf(request, deps);
        return sendAttachment(
          reply,
          MEDIA_TYPES.xlsx,
          'mau-danh-muc-nhiem-vu-khcn.xlsx',
          await scienceTasksTemplate(),
        );
      },
    );
    app.post(
      '/api/bodies/:id/science-tasks/import',
      {
        schema: {
          tags,
          summary:
            'Import a body’s registry from Excel (multipart: keepGoodRows, then the file): a known code updates its task; per-row errors',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 200: sheetImportResult },
        },
      },
      async (request) => {
        const ctx = contextOf(request, deps);
        const { file, fields } = await readUpload(request, MAX_WORKBOOK_BYTES);
        return importScienceTasks(ctx, request.params.id, file, {
          keepGoodRows: keepFields.parse(fields).keepGoodRows === 'true',
        });
      },
    );
    app.get(
      '/api/science-tasks/:id',
      {
        schema: {
          tags,
          summary: 'A task with its files (a secret one only for those over the body that keeps it)',
          params: idParams,
          response: { 200: scienceTask },
        },
      },
      async (request) => getScienceTask(contextOf(request, deps), request.params.id),
    );
    app.put(
      '/api/science-tasks/:id',
      {
        schema: {
          tags,
          summary: 'Correct a task (optimistic on version); marking a published task secret withdraws it',
          params: idParams,
          body: scienceTaskUpdate,
          response: { 200: scienceTask },
        },
      },
      async (request) => updateScienceTask(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/science-tasks/:id/publish',
      {
        schema: {
          tags,
          summary: 'Disclose a task on the public pages (a secret task is refused)',
          params: idParams,
          body: scienceTaskPublication,
          response: { 200: scienceTask },
        },
      },
      async (request) => publishScienceTask(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/science-tasks/:id/unpublish',
      {
        schema: {
          tags,
          summary: 'Take a task off the public pages',
          params: idParams,
          body: scienceTaskPublication,
          response: { 200: scienceTask },
        },
      },
      async (request) => unpublishScienceTask(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/science-tasks/:id/files',
      {
        schema: {
          tags,
          summary: 'Attach a document or a picture (multipart: the file), through the library’s media checks',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 201: scienceTask },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request, deps);
        const { file } = await readUpload(request, Math.max(limits.maxDocumentBytes, limits.maxImageBytes));
        return reply
          .status(201)
          .send(await attachScienceTaskFile(ctx, filesOf(deps), request.params.id, file, limits));
      },
    );
    app.get(
      '/api/science-tasks/:id/files/:fileId',
      {
        schema: {
          tags,
          summary: 'A file of a task the reader sees, as a download',
          params: fileParams,
          response: { 200: scienceTaskFile },
        },
      },
      async (request, reply) => {
        const { id, fileId } = request.params;
        const file = await getScienceTaskFile(contextOf(request, deps), id, fileId);
        // Always saved, never shown: a report of a task may be kept over its department only.
        return sendStoredFile(request, reply, filesOf(deps), file, 'private, no-store');
      },
    );
    app.delete(
      '/api/science-tasks/:id/files/:fileId',
      {
        schema: {
          tags,
          summary: 'Remove a file attached by mistake (it leaves the public page at once)',
          params: fileParams,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        const { id, fileId } = request.params;
        await removeScienceTaskFile(contextOf(request, deps), filesOf(deps), id, fileId);
        return reply.status(204).send();
      },
    );
  };
