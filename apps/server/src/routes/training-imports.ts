import {
  attendanceImport,
  completionMapping,
  completionsImport,
  keepGoodRowsField,
  rosterImport,
  rosterTemplateWorkbook,
} from '@lantoa/api-contract/training-imports';
import { MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { contextOf } from '../http/session.ts';
import { MAX_WORKBOOK_BYTES } from '../use-cases/files/read-uploaded-workbook.ts';
import { importAttendance } from '../use-cases/training/import-attendance.ts';
import { importCompletions } from '../use-cases/training/import-completions.ts';
import { importRoster } from '../use-cases/training/import-roster.ts';
import { rosterTemplate } from '../use-cases/training/roster-template.ts';
import { idParams } from './schemas.ts';
import { readUpload, sendAttachment } from './uploads.ts';

/** The fields sent before the file of every training import. */
const keepFields = z.object({ keepGoodRows: keepGoodRowsField });
const keepGoodRowsOf = (fields: Record<string, string>) => keepFields.parse(fields).keepGoodRows === 'true';

/** The column mapping of a platform's export, a JSON text in the multipart field `mapping`. */
function mappingOf(fields: Record<string, string>) {
  let json: unknown;
  try {
    json = JSON.parse(fields.mapping ?? '');
  } catch {
    throw new AppError(
      'invalid_input',
      'Chưa chọn cột: hãy chọn cột tên xã, phường và cột số người hoàn thành.',
      'mapping',
    );
  }
  return completionMapping.parse(json);
}

export const trainingImportRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['training'];
    app.get(
      '/api/roster-template.xlsx',
      {
        schema: {
          tags,
          summary: 'The empty Excel template of a roster (its audiences listed on a second sheet)',
          response: { 200: rosterTemplateWorkbook },
        },
      },
      async (request, reply) => {
        contextOf(request, deps);
        return sendAttachment(reply, MEDIA_TYPES.xlsx, 'mau-danh-sach.xlsx', await rosterTemplate());
      },
    );
    app.post(
      '/api/bodies/:id/roster/import',
      {
        schema: {
          tags,
          summary:
            'Import a roster from Excel (multipart: keepGoodRows, then the file); answers the people added and a per-row error list',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 200: rosterImport },
        },
      },
      async (request) => {
        const ctx = contextOf(request, deps);
        const { file, fields } = await readUpload(request, MAX_WORKBOOK_BYTES);
        return importRoster(ctx, request.params.id, file, { keepGoodRows: keepGoodRowsOf(fields) });
      },
    );
    app.post(
      '/api/courses/:id/attendance/import',
      {
        schema: {
          tags,
          summary:
            'The organiser imports who attended, by phone (multipart: keepGoodRows, then the file); per-row error list',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 200: attendanceImport },
        },
      },
      async (request) => {
        const ctx = contextOf(request, deps);
        const { file, fields } = await readUpload(request, MAX_WORKBOOK_BYTES);
        return importAttendance(ctx, request.params.id, file, { keepGoodRows: keepGoodRowsOf(fields) });
      },
    );
    app.post(
      '/api/courses/:id/counts/import',
      {
        schema: {
          tags,
          summary:
            'The organiser imports a learning platform’s completions per commune (multipart: mapping as JSON, keepGoodRows, then the file)',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 200: completionsImport },
        },
      },
      async (request) => {
        const ctx = contextOf(request, deps);
        const { file, fields } = await readUpload(request, MAX_WORKBOOK_BYTES);
        return importCompletions(ctx, request.params.id, file, {
          mapping: mappingOf(fields),
          keepGoodRows: keepGoodRowsOf(fields),
        });
      },
    );
  };
