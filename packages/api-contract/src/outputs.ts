// The outward half of a plan (issue 16): the outputs register, channels and their feeds, the
// communication network, press releases, and library items pushed to the bodies below. Request
// bodies the web sends live here too, typed by the web as z.input<…>.
import { BODY_KINDS, CHANNEL_KINDS, OUTPUT_KINDS, OUTPUT_SOURCES } from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyBrief, bodyRef, id, isoDate, isoDateTime, listOf, pageOf } from './common.ts';
import { dateField, page, pageSize, version } from './request-fields.ts';
import { text } from './text-field.ts';

export const outputKind = z.enum(OUTPUT_KINDS);
export const channelKind = z.enum(CHANNEL_KINDS);
export const outputSource = z.enum(OUTPUT_SOURCES);

const LINK_MESSAGE = 'Đường dẫn không hợp lệ: hãy dán địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://.';
/** A web address people paste: http(s) only, so a link shown back can never run script (javascript:). */
export const webLink = text(2000).refine((value) => /^https?:\/\/[^\s/?#]+/i.test(value), {
  error: LINK_MESSAGE,
});
/** As `webLink`, where '' means "none". */
export const optionalWebLink = z.union([z.literal(''), webLink]);
/** Topic words or tags: short texts, at most 20. */
export const topicList = z.array(text(100)).max(20, { error: 'Tối đa 20 chủ đề.' });

/** POST /api/bodies/:id/outputs, PUT /api/outputs/:id (with version). */
export const outputInput = z.object({
  kind: outputKind,
  title: text(500),
  publishedOn: dateField,
  channelKind,
  /** One of the body's registered channels; else `channelName` names where (e.g. a press title). */
  channelId: z.uuid().nullable().optional(),
  channelName: text(300, { optional: true }).optional(),
  url: optionalWebLink.optional(),
  imageUrl: optionalWebLink.optional(),
  topics: topicList.optional(),
  aboutLocal: z.boolean().optional(),
  commissioned: z.boolean().optional(),
  isPublic: z.boolean().optional(),
  libraryItemId: z.uuid().nullable().optional(),
  pressReleaseId: z.uuid().nullable().optional(),
  taskId: z.uuid().nullable().optional(),
});
export const outputUpdate = outputInput.extend({ version });

export const output = z.object({
  id,
  body: bodyBrief,
  kind: outputKind,
  title: z.string(),
  publishedOn: isoDate,
  channelKind,
  channel: z.object({ id, name: z.string() }).nullable(),
  channelName: z.string(),
  url: z.string(),
  imageUrl: z.string(),
  topics: z.array(z.string()),
  aboutLocal: z.boolean(),
  commissioned: z.boolean(),
  isPublic: z.boolean(),
  libraryItem: z.object({ id, title: z.string() }).nullable(),
  pressRelease: z.object({ id, title: z.string() }).nullable(),
  pushId: id.nullable(),
  taskId: id.nullable(),
  source: outputSource,
  createdAt: isoDateTime,
  version: z.number().int(),
});
/** GET /api/outputs: the outputs of the bodies the reader can see, newest first. */
/** The register's search (query string); `from` and `to` are days, both included. */
export const outputQuery = z.object({
  bodyId: z.uuid().optional(),
  q: text(100, { optional: true }).optional(),
  kind: outputKind.optional(),
  channelKind: channelKind.optional(),
  from: dateField.optional(),
  to: dateField.optional(),
  page,
  pageSize,
});

export const outputPage = pageOf(output).extend({
  /** Of `total`, how many are about local efforts and how many commissioned. */
  aboutLocal: z.number().int(),
  commissioned: z.number().int(),
});
export const outputCreated = z.object({ id });

/** POST /api/outputs/preview: what a pasted link's page says of itself (Open Graph, else <title>). */
export const linkPreviewInput = z.object({ url: webLink });
export const linkPreview = z.object({
  url: z.string(),
  title: z.string().nullable(),
  publishedOn: isoDate.nullable(),
  imageUrl: z.string().nullable(),
  siteName: z.string().nullable(),
  /** Why nothing was read (the page could not be reached, was too large, was not HTML…), in Vietnamese. */
  problem: z.string().nullable(),
});

/** An Excel import's answer: rows recorded, rows already there, and rows refused with why. */
export const sheetImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  duplicates: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string().nullable(), message: z.string() })),
});

/** POST /api/bodies/:id/channels, PUT /api/channels/:id (with version). */
export const channelInput = z.object({
  kind: channelKind,
  name: text(300),
  url: optionalWebLink.optional(),
  /** An RSS or Atom feed, or a sitemap, read daily; null: none. */
  feedUrl: webLink.nullable().optional(),
  /** Words an item of the feed must speak of to be recorded; empty: every item (a dedicated section). */
  topicWords: topicList.optional(),
});
export const channelUpdate = channelInput.extend({ version });

export const channel = z.object({
  id,
  body: bodyBrief,
  kind: channelKind,
  name: z.string(),
  url: z.string(),
  feedUrl: z.string().nullable(),
  topicWords: z.array(z.string()),
  lastReadAt: isoDateTime.nullable(),
  /** The last read's failure, in Vietnamese (unreachable, malformed, refused address…). */
  lastReadError: z.string().nullable(),
  lastReadNew: z.number().int(),
  lastOutputOn: isoDate.nullable(),
  /** Nothing published for 30 days (or ever). */
  silent: z.boolean(),
  version: z.number().int(),
});
/** GET /api/channels. */
export const channelList = listOf(channel);
/** POST /api/channels/:id/read: read its feed now. */
export const feedReadResult = z.object({ recorded: z.number().int(), error: z.string().nullable() });

/** POST /api/library/:id/pushes: ask the bodies of some kinds under a body to publish an approved item. */
export const libraryPushInput = z.object({
  targetBodyId: z.uuid(),
  bodyKinds: z.array(z.enum(BODY_KINDS)).min(1, { error: 'Hãy chọn loại đơn vị phải đăng, phát.' }),
  dueOn: dateField,
  note: text(2000, { multiline: true, optional: true }).optional(),
});
export const libraryPushCreated = z.object({ id, bodies: z.number().int() });

export const libraryPush = z.object({
  id,
  item: z.object({ id, title: z.string(), kind: z.string() }),
  from: bodyRef,
  target: bodyRef,
  dueOn: isoDate,
  note: z.string(),
  createdAt: isoDateTime,
  done: z.number().int(),
  total: z.number().int(),
});
/** GET /api/pushes: the pushes the reader's bodies made or received. */
export const libraryPushList = listOf(libraryPush);
/** GET /api/pushes/:id: completeness body by body. */
export const libraryPushDetail = libraryPush.extend({
  bodies: z.array(z.object({ body: bodyBrief, doneAt: isoDateTime.nullable(), outputs: z.number().int() })),
});
/** GET /api/push-todos: what the reader's bodies are asked to publish. */
export const pushTodoList = listOf(
  z.object({ push: libraryPush, body: bodyBrief, doneAt: isoDateTime.nullable(), overdue: z.boolean() }),
);
/** POST /api/pushes/:id/done: where a body published it; each place becomes an output. */
export const pushDoneInput = z.object({
  bodyId: z.uuid(),
  places: z
    .array(
      z.object({
        kind: outputKind,
        channelKind,
        channelId: z.uuid().nullable().optional(),
        channelName: text(300, { optional: true }).optional(),
        url: optionalWebLink.optional(),
        publishedOn: dateField,
      }),
    )
    .min(1, { error: 'Hãy ghi ít nhất một nơi đã đăng, phát.' })
    .max(20),
});
export const pushDone = z.object({ outputs: z.number().int() });
