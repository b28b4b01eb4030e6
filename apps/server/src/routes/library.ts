import { LIBRARY_KINDS, LIBRARY_LANGUAGES } from '@lantoa/db';
import { inlineImageType } from '@lantoa/media';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { contextOf } from '../http/session.ts';
import {
  getLibraryItem,
  libraryItemFile,
  libraryThumbnail,
  listLibraryItems,
  recordLibraryDownload,
  reviewLibraryItem,
  updateLibraryItem,
  uploadLibraryItem,
} from '../use-cases/library/library-items.ts';
import { idParams, page, pageSize, text, version } from './schemas.ts';
import { contentDisposition, readUpload } from './uploads.ts';

const fields = {
  title: text(300),
  summary: text(5000, { multiline: true, optional: true }),
  topics: z.array(text(100)).max(20),
  audience: text(300, { optional: true }),
  language: z.enum(LIBRARY_LANGUAGES),
  kind: z.enum(LIBRARY_KINDS),
  usageRights: text(1000, { multiline: true, optional: true }),
  shareBodyId: z.uuid(),
};
const metadata = z.object({
  ...fields,
  summary: fields.summary.default(''),
  topics: fields.topics.default([]),
  audience: fields.audience.default(''),
  usageRights: fields.usageRights.default(''),
});
/** A change sends only what changes (no defaults that would blank the rest). */
const metadataChange = z.object(fields).partial();

/** Media shown in the browser (players, previews); anything else downloads, sandboxed. */
const INLINE = /^(image\/(png|jpeg|gif|webp)|audio\/|video\/)/;

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
          querystring: z.object({
            q: z.string().max(200).optional(),
            kind: z.enum(LIBRARY_KINDS).optional(),
            language: z.enum(LIBRARY_LANGUAGES).optional(),
            topic: z.string().max(100).optional(),
            mediaKind: z.enum(['image', 'pdf', 'word', 'audio', 'video']).optional(),
            status: z.enum(['pending', 'approved', 'rejected']).optional(),
            page,
            pageSize: pageSize.default(20),
          }),
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
        },
      },
      async (request, reply) => {
        const { file, fields } = await readUpload(request, largest);
        let topics: unknown = [];
        try {
          topics = fields.topics ? JSON.parse(fields.topics) : [];
        } catch {
          throw new AppError('invalid_input', 'Chủ đề không hợp lệ. Hãy nhập lại các chủ đề.', 'topics');
        }
        const input = metadata.parse({ ...fields, topics });
        const item = await uploadLibraryItem(contextOf(request, deps), file, input, deps.config.uploadLimits);
        return reply.status(201).send({ item });
      },
    );

    app.get(
      '/api/library/items/:id',
      { schema: { tags, summary: 'An item with where it is used', params: idParams } },
      async (request) => ({ item: await getLibraryItem(contextOf(request, deps), request.params.id) }),
    );

    app.patch(
      '/api/library/items/:id',
      {
        schema: {
          tags,
          summary: 'Change an item’s metadata: the fields sent (optimistic on version)',
          params: idParams,
          body: metadataChange.extend({ version }),
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
        },
      },
      async (request, reply) => {
        const inline = request.query.inline === '1';
        const file = await libraryItemFile(contextOf(request, deps), request.params.id);
        // A picture is shown only when it decodes within the megapixel cap (one stored before the cap
        // downloads instead of being decoded by the reader's browser).
        const showInline =
          inline &&
          INLINE.test(file.mediaType) &&
          (!file.mediaType.startsWith('image/') ||
            (await inlineImageType(file.content, deps.config.uploadLimits.maxImagePixels)) !== null);
        return reply
          .header('content-type', showInline ? file.mediaType : 'application/octet-stream')
          .header('content-disposition', contentDisposition(showInline ? 'inline' : 'attachment', file.name))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, max-age=3600')
          .send(Buffer.from(file.content));
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
        },
      },
      async (request) => recordLibraryDownload(contextOf(request, deps), request.params.id),
    );

    app.get(
      '/api/library/items/:id/thumbnail',
      { schema: { tags, summary: 'The item’s thumbnail (WebP)', params: idParams } },
      async (request, reply) =>
        reply
          .header('content-type', 'image/webp')
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, max-age=3600')
          .send(Buffer.from(await libraryThumbnail(contextOf(request, deps), request.params.id))),
    );
  };
