import { sheetImportResult } from '@lantoa/api-contract/outputs';
import {
  contact,
  contactInput,
  contactPage,
  contactQuery,
  contactsTemplateWorkbook,
  contactUpdate,
  outputsTemplateWorkbook,
} from '@lantoa/api-contract/press';
import { keepGoodRowsField } from '@lantoa/api-contract/training-imports';
import { MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps, Context } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { MAX_WORKBOOK_BYTES } from '../use-cases/files/read-uploaded-workbook.ts';
import type { UploadedFile } from '../use-cases/files/store-file.ts';
import { contactsTemplate } from '../use-cases/network/contacts-template.ts';
import { createContact } from '../use-cases/network/create-contact.ts';
import { importContacts } from '../use-cases/network/import-contacts.ts';
import { listContacts } from '../use-cases/network/list-contacts.ts';
import { updateContact } from '../use-cases/network/update-contact.ts';
import { importOutputs } from '../use-cases/output-imports/import-outputs.ts';
import { outputsTemplate } from '../use-cases/output-imports/outputs-template.ts';
import { idParams } from './schemas.ts';
import { readUpload, sendAttachment } from './uploads.ts';

/** The fields sent before the file of an Excel import. */
const keepFields = z.object({ keepGoodRows: keepGoodRowsField });

/** An Excel import into a body's records (its network, its outputs register). */
type SheetImport = (
  ctx: Context,
  bodyId: string,
  file: UploadedFile,
  options: { keepGoodRows: boolean },
) => Promise<z.output<typeof sheetImportResult>>;

/**
 * The communication network (mạng lưới truyền thông): its contacts, typed or imported from Excel;
 * and the bulk entry of the outputs register from Excel, the other sheet a body keeps of its
 * communication.
 */
export const networkRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['network'];
    /** The handler of an import: who asks is known (401) before the upload is read. */
    const importInto = (run: SheetImport) => async (request: FastifyRequest<{ Params: { id: string } }>) => {
      const ctx = contextOf(request, deps);
      const { file, fields } = await readUpload(request, MAX_WORKBOOK_BYTES);
      return run(ctx, request.params.id, file, {
        keepGoodRows: keepFields.parse(fields).keepGoodRows === 'true',
      });
    };
    /** The handler of an empty template, for anyone signed in. */
    const template =
      (fileName: string, write: () => Promise<Uint8Array>) =>
      async (request: FastifyRequest, reply: FastifyReply) => {
        contextOf(request, deps);
        return sendAttachment(reply, MEDIA_TYPES.xlsx, fileName, await write());
      };
    app.get(
      '/api/contacts',
      {
        schema: {
          tags,
          summary:
            'The contacts of the bodies the actor reads (or of one body’s subtree), by name: searched without diacritics, filtered by kind, topic, and whether a release may go to them',
          querystring: contactQuery,
          response: { 200: contactPage },
        },
      },
      async (request) => listContacts(contextOf(request, deps), request.query),
    );
    app.post(
      '/api/bodies/:id/contacts',
      {
        schema: {
          tags,
          summary: 'Add a contact to a body’s network (consent needs the day it was given)',
          params: idParams,
          body: contactInput,
          response: { 201: contact },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createContact(contextOf(request, deps), request.params.id, request.body)),
    );
    app.put(
      '/api/contacts/:id',
      {
        schema: {
          tags,
          summary: 'Change a contact (optimistic on version); a withdrawal by the unsubscribe link stays',
          params: idParams,
          body: contactUpdate,
          response: { 200: contact },
        },
      },
      async (request) => updateContact(contextOf(request, deps), request.params.id, request.body),
    );
    app.get(
      '/api/contacts/template',
      {
        schema: {
          tags,
          summary: 'The empty Excel template of a network (the kinds of contact listed on a second sheet)',
          response: { 200: contactsTemplateWorkbook },
        },
      },
      template('mau-mang-luoi-truyen-thong.xlsx', contactsTemplate),
    );
    app.post(
      '/api/bodies/:id/contacts/import',
      {
        schema: {
          tags,
          summary:
            'Import a body’s network from Excel (multipart: keepGoodRows, then the file): a known address updates its entry; per-row errors',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 200: sheetImportResult },
        },
      },
      importInto(importContacts),
    );
    app.get(
      '/api/outputs/template',
      {
        schema: {
          tags: ['outputs'],
          summary:
            'The empty Excel template of the outputs register (kinds of product and channel on a second sheet)',
          response: { 200: outputsTemplateWorkbook },
        },
      },
      template('mau-san-pham-da-dang-phat.xlsx', outputsTemplate),
    );
    app.post(
      '/api/bodies/:id/outputs/import',
      {
        schema: {
          tags: ['outputs'],
          summary:
            'Import a body’s outputs from Excel (multipart: keepGoodRows, then the file): links already recorded are duplicates; per-row errors',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 200: sheetImportResult },
        },
      },
      importInto(importOutputs),
    );
  };
