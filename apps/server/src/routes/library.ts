import {
  libraryDownloadResponse,
  libraryItemFile,
  libraryItemResponse,
  libraryMetadata,
  libraryMetadataChange,
  libraryPage,
  libraryQuery,
  libraryThumbnail,
} from '@lantoa/api-contract/library';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { contextOf } from '../http/session.ts';
import { getLibraryItem } from '../use-cases/library/get-library-item.ts';
import { getLibraryItemFile } from '../use-cases/library/get-library-item-file.ts';
import { getLibraryThumbnail } from '../use-cases/library/get-library-thumbnail.ts';
import { listLibraryItems } from '../use-cases/library/list-library-items.ts';
import { recordLibraryDownload } from '../use-cases/library/record-library-download.ts';
import { reviewLibraryItem } from '../use-cases/library/review-library-item.ts';
import { updateLibraryItem } from '../use-cases/library/update-library-item.ts';
import { uploadLibraryItem } from '../use-cases/library/upload-library-item.ts';
import { idParams, version } from './schemas.ts';
import { contentDisposition, receiveUpload, sendStoredBytes } from './uploads.ts';

export const libraryRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['library'];
    const largest = Math.max(
      deps.config.uploadLimits.maxImageBytes,
      deps.config.uploadLimits.maxDocumentBytes,
      deps.config.uploadLimits.maxAudioBytes,
      deps.config.uploadLimits.maxVideoBytes,
    );

    app.get(
      '/api/library/items',
      {
        schema: {
          tags,
          summary: 'Search the communication products the actor sees (diacritics and tone placement ignored)',
          querystring: libraryQuery,
          response: { 200: libraryPage },
        },
      },
      async (request) => listLibraryItems(contextOf(request, deps), request.query),
    );

    app.post(
      '/api/library/items',
      {
        schema: {
          tags,
          summary: 'Upload a product: multipart fields (metadata; topics as a JSON array) before the file',
          consumes: ['multipart/form-data'],
          response: { 201: libraryItemResponse },
        },
      },
      async (request, reply) => {
        const { file, fields } = await receiveUpload(request, largest);
        let topics: unknown = [];
        try {
          topics = fields.topics ? JSON.parse(fields.topics) : [];
        } catch {
          throw new AppError('invalid_input', 'Chủ đề không hợp lệ. Hãy nhập lại các chủ đề.', 'topics');
        }
        const input = libraryMetadata.parse({ ...fields, topics });
        const item = await uploadLibraryItem(
          contextOf(request, deps),
          filesOf(deps),
          file,
          input,
          deps.config.uploadLimits,
        );
        return reply.status(201).send({ item });
      },
    );

    app.get(
      '/api/library/items/:id',
      {
        schema: {
          tags,
          summary: 'An item with where it is used',
          params: idParams,
          response: { 200: libraryItemResponse },
        },
      },
      async (request) => ({ item: await getLibraryItem(contextOf(request, deps), request.params.id) }),
    );

    app.patch(
      '/api/library/items/:id',
      {
        schema: {
          tags,
          summary: 'Change an item’s metadata: the fields sent (optimistic on version)',
          params: idParams,
          body: libraryMetadataChange.extend({ version }),
          response: { 200: libraryItemResponse },
        },
      },
      async (request) => ({
        item: await updateLibraryItem(contextOf(request, deps), request.params.id, request.body),
      }),
    );

    app.post(
      '/api/library/items/:id/review',
      {
        schema: {
          tags,
          summary:
            'Approve an item (then the shared subtree sees it; needs a coordinator over that subtree) or reject it with a reason; `version`: the one reviewed',
          params: idParams,
          body: z.object({
            decision: z.enum(['approve', 'reject']),
            comment: z.string().max(2000).optional(),
            version: version.optional(),
          }),
          response: { 200: libraryItemResponse },
        },
      },
      async (request) => ({
        item: await reviewLibraryItem(contextOf(request, deps), request.params.id, request.body),
      }),
    );

    app.get(
      '/api/library/items/:id/file',
      {
        schema: {
          tags,
          summary:
            'The file, shown inline with ?inline=1 (players, previews); reading it counts nothing (see POST …/downloads)',
          params: idParams,
          querystring: z.object({ inline: z.enum(['0', '1']).optional() }),
          response: { 200: libraryItemFile },
        },
      },
      async (request, reply) => {
        const files = filesOf(deps);
        const file = await getLibraryItemFile(contextOf(request, deps), files, request.params.id, {
          inline: request.query.inline === '1',
          maxImagePixels: deps.config.uploadLimits.maxImagePixels,
        });
        return sendStoredBytes(request, reply, files, file, {
          'content-type': file.inline ? file.mediaType : 'application/octet-stream',
          'content-disposition': contentDisposition(file.inline ? 'inline' : 'attachment', file.name),
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; sandbox",
          'cache-control': 'private, max-age=3600',
        });
      },
    );

    // A GET changes nothing: the app posts here when someone downloads the file, then fetches it.
    app.post(
      '/api/library/items/:id/downloads',
      {
        schema: {
          tags,
          summary: 'Count one download of the item for the actor’s body; answers the item’s total',
          params: idParams,
          response: { 200: libraryDownloadResponse },
        },
      },
      async (request) => recordLibraryDownload(contextOf(request, deps), request.params.id),
    );

    app.get(
      '/api/library/items/:id/thumbnail',
      {
        schema: {
          tags,
          summary: 'The item’s thumbnail (WebP)',
          params: idParams,
          response: { 200: libraryThumbnail },
        },
      },
      async (request, reply) =>
        sendStoredBytes(
          request,
          reply,
          filesOf(deps),
          await getLibraryThumbnail(contextOf(request, deps), request.params.id),
          {
            'content-type': 'image/webp',
            'x-content-type-options': 'nosniff',
            'cache-control': 'private, max-age=3600',
          },
        ),
    );
  };
