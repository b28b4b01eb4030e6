// The shared library of communication products (`/api/library/…`). An item's file and thumbnail are
// files, not JSON.
import { LIBRARY_KINDS, LIBRARY_LANGUAGES, LIBRARY_STATUSES, MEDIA_KINDS } from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyRef, id, isoDateTime, pageOf } from './common.ts';
import { page, pageSize } from './request-fields.ts';
import { text } from './text-field.ts';
import { fileResponse, MEDIA_TYPES } from './uploads.ts';

const metadataFields = {
  title: text(300),
  summary: text(5000, { multiline: true, optional: true }),
  topics: z.array(text(100)).max(20),
  audience: text(300, { optional: true }),
  language: z.enum(LIBRARY_LANGUAGES),
  kind: z.enum(LIBRARY_KINDS),
  usageRights: text(1000, { multiline: true, optional: true }),
  shareBodyId: z.uuid(),
  /** Shown on the public homes of the sites over its body: only while it is also approved. */
  isPublic: z.boolean(),
};
/**
 * What describes an item (request): sent on upload, as multipart fields with topics as a JSON array
 * and `isPublic` as "true" or "false".
 */
export const libraryMetadata = z.object({
  ...metadataFields,
  summary: metadataFields.summary.default(''),
  topics: metadataFields.topics.default([]),
  audience: metadataFields.audience.default(''),
  usageRights: metadataFields.usageRights.default(''),
  isPublic: z
    .union([metadataFields.isPublic, z.enum(['true', 'false']).transform((value) => value === 'true')])
    .default(false),
});
/** A change of an item's metadata (request) sends only what changes (no defaults that would blank the rest). */
export const libraryMetadataChange = z.object(metadataFields).partial();

export const libraryItem = z.object({
  id,
  title: z.string(),
  summary: z.string(),
  topics: z.array(z.string()),
  audience: z.string(),
  language: z.enum(LIBRARY_LANGUAGES),
  kind: z.enum(LIBRARY_KINDS),
  /** What the file is, judged from its content. */
  mediaKind: z.enum(MEDIA_KINDS),
  mediaType: z.string(),
  fileName: z.string(),
  /** Bytes. */
  size: z.number().int(),
  durationSeconds: z.number().nullable(),
  usageRights: z.string(),
  /** The uploading body. */
  body: bodyRef,
  /** The subtree it is shared to once approved. */
  share: bodyRef,
  status: z.enum(LIBRARY_STATUSES),
  /** Its body publishes it: the public homes show it while it is approved. */
  isPublic: z.boolean(),
  reviewComment: z.string().nullable(),
  hasThumbnail: z.boolean(),
  downloads: z.number().int(),
  version: z.number().int(),
  createdAt: isoDateTime,
  canEdit: z.boolean(),
  /** May reject (a coordinator over the author). */
  canReview: z.boolean(),
  /** May approve: a coordinator over the author and over the whole subtree it is shared to. */
  canApprove: z.boolean(),
});

/** An item with where it is used in the actor's scope: downloads by body, bulletins made from it. */
export const libraryItemDetail = libraryItem.extend({
  usage: z.object({
    downloads: z.array(z.object({ body: bodyRef, count: z.number().int(), lastAt: isoDateTime })),
    bulletins: z.array(z.object({ id, title: z.string(), body: bodyRef, createdAt: isoDateTime })),
  }),
});

/** GET /api/library/items. */
export const libraryPage = pageOf(libraryItem);

/** The library's search (query string). */
export const libraryQuery = z.object({
  q: z.string().max(200).optional(),
  kind: z.enum(LIBRARY_KINDS).optional(),
  language: z.enum(LIBRARY_LANGUAGES).optional(),
  topic: z.string().max(100).optional(),
  mediaKind: z.enum(MEDIA_KINDS).optional(),
  status: z.enum(LIBRARY_STATUSES).optional(),
  page,
  pageSize: pageSize.default(20),
});
/** An item read, uploaded, changed or reviewed: as it now is, with its usage. */
export const libraryItemResponse = z.object({ item: libraryItemDetail });
/** The item's download total after counting one. */
export const libraryDownloadResponse = z.object({ downloads: z.number().int() });

/**
 * The item's file: shown in the browser under its own type (`?inline=1`, for pictures, audio and
 * video), else downloaded as bytes.
 */
export const libraryItemFile = fileResponse('The item’s file', [
  MEDIA_TYPES.any,
  'image/*',
  'audio/*',
  'video/*',
]);
/** The item's thumbnail. */
export const libraryThumbnail = fileResponse('The item’s thumbnail', ['image/webp']);
