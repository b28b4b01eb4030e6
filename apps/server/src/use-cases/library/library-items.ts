import {
  type Database,
  type LibraryKind,
  type LibraryLanguage,
  recordAudit,
  unsafeFindBody,
  withinScopes,
} from '@lantoa/db';
import { can, foldVietnamese, isWithin, scopePaths } from '@lantoa/domain';
import { inspectUpload, makeThumbnail, probeDuration, type UploadLimits } from '@lantoa/media';
import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError, notFound, staleVersion } from '../../http/errors.ts';
import { storeFile, type UploadedFile } from '../files/store-file.ts';
import { pageWithTotal, searchPatterns } from '../shared/paged-search.ts';
import { ownOrShared } from '../shared/shared-visibility.ts';
import { uploadError } from './upload-error.ts';

export interface LibraryMetadata {
  title: string;
  summary: string;
  topics: string[];
  audience: string;
  language: LibraryLanguage;
  kind: LibraryKind;
  usageRights: string;
  shareBodyId: string;
}

export interface LibraryQuery {
  q?: string | undefined;
  kind?: LibraryKind | undefined;
  language?: LibraryLanguage | undefined;
  topic?: string | undefined;
  mediaKind?: string | undefined;
  status?: 'pending' | 'approved' | 'rejected' | undefined;
  page: number;
  pageSize: number;
}

const searchText = (m: Pick<LibraryMetadata, 'title' | 'summary' | 'topics' | 'audience'>) =>
  foldVietnamese([m.title, m.summary, m.topics.join(' '), m.audience].join(' '));

const clean = (m: LibraryMetadata) => ({
  ...m,
  title: m.title.normalize('NFC').trim(),
  summary: m.summary.normalize('NFC').trim(),
  audience: m.audience.normalize('NFC').trim(),
  usageRights: m.usageRights.normalize('NFC').trim(),
  topics: [...new Set(m.topics.map((t) => t.normalize('NFC').trim()).filter(Boolean))],
});

/** Items of bodies in the actor's scope (any status), and approved items shared to their subtree. */
const visibleTo = (ctx: Context) =>
  ownOrShared(scopePaths(ctx.actor, 'readBody'), 'a.path', 's.path', sql`i.status = 'approved'`);

const itemQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('library_items as i')
    .innerJoin('bodies as a', 'a.id', 'i.body_id')
    .innerJoin('bodies as s', 's.id', 'i.share_body_id')
    .innerJoin('files as f', 'f.id', 'i.file_id')
    .selectAll('i')
    .select([
      'a.name as body_name',
      'a.path as body_path',
      's.name as share_name',
      's.path as share_path',
      'f.name as file_name',
      'f.size as file_size',
      'f.media_type',
      (eb) =>
        eb
          .selectFrom('library_downloads as d')
          .select((d) => d.fn.coalesce(d.fn.sum<number>('d.count'), d.lit(0)).as('n'))
          .whereRef('d.item_id', '=', 'i.id')
          .as('downloads'),
    ]);

type ItemRow = Awaited<ReturnType<ReturnType<typeof itemQuery>['executeTakeFirstOrThrow']>>;

function present(ctx: Context, r: ItemRow) {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    topics: r.topics,
    audience: r.audience,
    language: r.language,
    kind: r.kind,
    mediaKind: r.media_kind,
    mediaType: r.media_type,
    fileName: r.file_name,
    size: r.file_size,
    durationSeconds: r.duration_seconds === null ? null : Number(r.duration_seconds),
    usageRights: r.usage_rights,
    body: { id: r.body_id, name: r.body_name },
    share: { id: r.share_body_id, name: r.share_name },
    status: r.status,
    reviewComment: r.review_comment,
    hasThumbnail: r.thumbnail_file_id !== null,
    downloads: Number(r.downloads ?? 0),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    canEdit: can(ctx.actor, 'contributeLibrary', r.body_path),
    canReview: can(ctx.actor, 'reviewLibrary', r.body_path),
    canApprove: canApprove(ctx, r),
  };
}

/**
 * Approving publishes the item to the whole subtree it is shared to, so the reviewer must be a
 * coordinator over that subtree as well as over the author: a province cannot publish a commune's
 * item to the country; a national coordinator can. (Rejecting needs only the author's side.)
 */
const canApprove = (ctx: Context, r: Pick<ItemRow, 'body_path' | 'share_path'>) =>
  can(ctx.actor, 'reviewLibrary', r.body_path) && can(ctx.actor, 'reviewLibrary', r.share_path);

/** A visible item, or 404 (missing and hidden alike). */
export async function loadVisibleItem(ctx: Context, id: string) {
  const row = await itemQuery(ctx.db).where('i.id', '=', id).where(visibleTo(ctx)).executeTakeFirst();
  if (!row) throw notFound('tài liệu');
  return row;
}

/** The share body must be the author's own subtree or one that contains it (a province shares down). */
async function checkShareBody(ctx: Context, authorPath: string, shareBodyId: string) {
  const share = await unsafeFindBody(ctx.db, shareBodyId);
  if (!share || !(isWithin(authorPath, share.path) || can(ctx.actor, 'readBody', share.path))) {
    throw notFound('đơn vị được chia sẻ');
  }
  return share;
}

export async function listLibraryItems(ctx: Context, q: LibraryQuery) {
  let query = itemQuery(ctx.db).where(visibleTo(ctx));
  for (const pattern of searchPatterns(q.q)) query = query.where('i.search_text', 'like', pattern);
  if (q.kind) query = query.where('i.kind', '=', q.kind);
  if (q.language) query = query.where('i.language', '=', q.language);
  if (q.mediaKind) query = query.where('i.media_kind', '=', q.mediaKind as ItemRow['media_kind']);
  if (q.status) query = query.where('i.status', '=', q.status);
  if (q.topic) query = query.where(sql<SqlBool>`${q.topic.normalize('NFC')} = any(i.topics)`);
  const { rows, total } = await pageWithTotal(query.orderBy('i.created_at', 'desc').orderBy('i.id'), q);
  return { items: rows.map((r) => present(ctx, r)), total };
}

export async function getLibraryItem(ctx: Context, id: string) {
  const row = await loadVisibleItem(ctx, id);
  const [downloads, bulletins] = await Promise.all([
    ctx.db
      .selectFrom('library_downloads as d')
      .innerJoin('bodies as b', 'b.id', 'd.body_id')
      .select(['b.id', 'b.name', 'd.count', 'd.last_at'])
      .where('d.item_id', '=', id)
      .where((eb) => withinScopes(eb, eb.ref('b.path'), scopePaths(ctx.actor, 'readBody')))
      .orderBy('d.count', 'desc')
      .execute(),
    ctx.db
      .selectFrom('bulletins as u')
      .innerJoin('bodies as b', 'b.id', 'u.body_id')
      .select(['u.id', 'u.title', 'u.created_at', 'b.id as body_id', 'b.name as body_name'])
      .where('u.source_item_id', '=', id)
      .where((eb) => withinScopes(eb, eb.ref('b.path'), scopePaths(ctx.actor, 'readBody')))
      .orderBy('u.created_at', 'desc')
      .execute(),
  ]);
  return {
    ...present(ctx, row),
    usage: {
      downloads: downloads.map((d) => ({
        body: { id: d.id, name: d.name },
        count: d.count,
        lastAt: d.last_at.toISOString(),
      })),
      bulletins: bulletins.map((b) => ({
        id: b.id,
        title: b.title,
        body: { id: b.body_id, name: b.body_name },
        createdAt: b.created_at.toISOString(),
      })),
    },
  };
}

/**
 * Uploads a product for the actor's body: the content decides its kind (hostile files are refused or
 * made safe), a thumbnail is drawn where possible; it waits for a coordinator's approval.
 */
export async function uploadLibraryItem(
  ctx: Context,
  file: UploadedFile,
  metadata: LibraryMetadata,
  limits: UploadLimits,
) {
  const body = await unsafeFindBody(ctx.db, ctx.actor.bodyId);
  if (!body || !can(ctx.actor, 'contributeLibrary', body.path)) throw notFound('thư viện');
  const m = clean(metadata);
  await checkShareBody(ctx, body.path, m.shareBodyId);
  const inspected = await inspectUpload(
    { name: file.name, bytes: file.bytes, declaredType: file.mediaType },
    limits,
  ).catch(uploadError);
  const [thumbnail, duration] = await Promise.all([
    makeThumbnail(inspected.bytes, inspected.kind, inspected.mediaType, limits.maxImagePixels),
    inspected.kind === 'audio' || inspected.kind === 'video'
      ? probeDuration(inspected.bytes, inspected.mediaType)
      : Promise.resolve(null),
  ]);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const stored = await storeFile(trx, body.id, ctx.actor.userId, {
      name: inspected.name,
      mediaType: inspected.mediaType,
      bytes: inspected.bytes,
    });
    const thumb = thumbnail
      ? await storeFile(trx, body.id, ctx.actor.userId, {
          name: `${inspected.name}.webp`,
          mediaType: thumbnail.mediaType,
          bytes: thumbnail.bytes,
        })
      : null;
    const row = await trx
      .insertInto('library_items')
      .values({
        body_id: body.id,
        share_body_id: m.shareBodyId,
        title: m.title,
        summary: m.summary,
        topics: m.topics,
        audience: m.audience,
        language: m.language,
        kind: m.kind,
        media_kind: inspected.kind,
        usage_rights: m.usageRights,
        file_id: stored.id,
        thumbnail_file_id: thumb?.id ?? null,
        duration_seconds: duration,
        search_text: searchText(m),
        created_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'library.upload',
      entityType: 'library_item',
      entityId: row.id,
      after: { ...m, file: stored.name, mediaType: inspected.mediaType, size: stored.size },
    });
    return row.id;
  });
  return getLibraryItem(ctx, id);
}

export async function updateLibraryItem(
  ctx: Context,
  id: string,
  change: Partial<LibraryMetadata> & { version: number },
) {
  const row = await loadVisibleItem(ctx, id);
  if (!can(ctx.actor, 'contributeLibrary', row.body_path)) throw notFound('tài liệu');
  // The row just read must be the one changed: whether it goes back to review is decided from it.
  if (row.version !== change.version) throw staleVersion('Tài liệu');
  const before: LibraryMetadata = {
    title: row.title,
    summary: row.summary,
    topics: row.topics,
    audience: row.audience,
    language: row.language,
    kind: row.kind,
    usageRights: row.usage_rights,
    shareBodyId: row.share_body_id,
  };
  // A partial change: what is not sent stays as it is.
  const input = { ...before, ...change };
  const m = clean(input);
  const share = await checkShareBody(ctx, row.body_path, m.shareBodyId);
  // What a reviewer approved (or refused) is the item as it was: any other content, or a wider
  // audience, is reviewed again. Narrowing the share needs no new review.
  const contentChanged = (['title', 'summary', 'audience', 'language', 'kind', 'usageRights'] as const).some(
    (k) => m[k] !== before[k],
  );
  const topicsChanged = JSON.stringify(m.topics) !== JSON.stringify(before.topics);
  const widened = !isWithin(share.path, row.share_path);
  const backToReview = row.status !== 'pending' && (contentChanged || topicsChanged || widened);
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('library_items')
      .set({
        ...(backToReview
          ? { status: 'pending', review_comment: null, reviewed_by: null, reviewed_at: null }
          : {}),
        title: m.title,
        summary: m.summary,
        topics: m.topics,
        audience: m.audience,
        language: m.language,
        kind: m.kind,
        usage_rights: m.usageRights,
        share_body_id: m.shareBodyId,
        search_text: searchText(m),
        version: input.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw staleVersion('Tài liệu');
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: row.body_id,
      action: 'library.update',
      entityType: 'library_item',
      entityId: id,
      before: { ...before, status: row.status },
      after: { ...m, status: backToReview ? 'pending' : row.status },
    });
  });
  return getLibraryItem(ctx, id);
}

/** A coordinator over the author's body approves (then the shared subtree sees it) or rejects. */
export async function reviewLibraryItem(
  ctx: Context,
  id: string,
  input: { decision: 'approve' | 'reject'; comment?: string | undefined; version?: number | undefined },
) {
  const row = await loadVisibleItem(ctx, id);
  if (!can(ctx.actor, 'reviewLibrary', row.body_path)) throw notFound('tài liệu');
  if (input.decision === 'approve' && !canApprove(ctx, row)) {
    throw new AppError(
      'conflict',
      `Tài liệu được đề nghị chia sẻ tới «${row.share_name}», rộng hơn phạm vi bạn được duyệt. Hãy không duyệt để đơn vị thu hẹp phạm vi chia sẻ, hoặc đề nghị điều phối viên phụ trách «${row.share_name}» duyệt.`,
    );
  }
  // The decision is about the item as the reviewer saw it (`version`, else as loaded now): an edit
  // made in between must be seen first.
  if (input.version !== undefined && input.version !== row.version) throw staleVersion('Tài liệu');
  const comment = input.comment?.normalize('NFC').trim() || null;
  if (input.decision === 'reject' && !comment) {
    throw new AppError('invalid_input', 'Hãy ghi lý do không duyệt để đơn vị biết cần sửa gì.', 'comment');
  }
  const status = input.decision === 'approve' ? 'approved' : 'rejected';
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('library_items')
      .set({
        status,
        review_comment: comment,
        reviewed_by: ctx.actor.userId,
        reviewed_at: new Date(),
        version: row.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw staleVersion('Tài liệu');
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: row.body_id,
      action: `library.${input.decision}`,
      entityType: 'library_item',
      entityId: id,
      before: { status: row.status },
      after: { status, comment },
    });
  });
  return getLibraryItem(ctx, id);
}

/**
 * Counts one download of a visible item for the actor's body: the app posts it when someone takes
 * the file (a POST with the CSRF header, so neither a preview nor a link on another site counts).
 */
export async function recordLibraryDownload(ctx: Context, id: string) {
  await loadVisibleItem(ctx, id);
  // A usage counter, not a change of anything a body owns: kept out of the audit trail.
  await ctx.db
    .insertInto('library_downloads')
    .values({ item_id: id, body_id: ctx.actor.bodyId, count: 1 })
    .onConflict((oc) =>
      oc
        .columns(['item_id', 'body_id'])
        .doUpdateSet((eb) => ({ count: eb('library_downloads.count', '+', 1), last_at: new Date() })),
    )
    .execute();
  const total = await ctx.db
    .selectFrom('library_downloads')
    .select((eb) => eb.fn.sum<number>('count').as('n'))
    .where('item_id', '=', id)
    .executeTakeFirst();
  return { downloads: Number(total?.n ?? 0) };
}

/** The file of a visible item: reading it changes nothing (downloads are counted by `recordLibraryDownload`). */
export async function libraryItemFile(ctx: Context, id: string) {
  const row = await loadVisibleItem(ctx, id);
  const file = await ctx.db
    .selectFrom('files')
    .select(['name', 'media_type', 'content'])
    .where('id', '=', row.file_id)
    .executeTakeFirstOrThrow();
  return { name: file.name, mediaType: file.media_type, content: new Uint8Array(file.content) };
}

export async function libraryThumbnail(ctx: Context, id: string) {
  const row = await loadVisibleItem(ctx, id);
  if (!row.thumbnail_file_id) throw notFound('ảnh thu nhỏ');
  const file = await ctx.db
    .selectFrom('files')
    .select(['content'])
    .where('id', '=', row.thumbnail_file_id)
    .executeTakeFirstOrThrow();
  return new Uint8Array(file.content);
}
