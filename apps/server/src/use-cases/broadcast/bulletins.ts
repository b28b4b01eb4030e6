import { createHash } from 'node:crypto';
import { type Database, enqueueJob, recordAudit, unsafeFindBody } from '@lantoa/db';
import { type BulletinPriority, can, foldVietnamese, scopePaths } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError, notFound, staleVersion } from '../../http/errors.ts';
import { loadVisibleItem } from '../library/library-items.ts';
import { vietnamToday } from '../plans/today.ts';
import { pageWithTotal, searchPatterns } from '../shared/paged-search.ts';
import { ownOrShared } from '../shared/shared-visibility.ts';

export interface BulletinInput {
  title: string;
  text: string;
  priority: BulletinPriority;
  targetBodyId: string;
  validFrom?: string | undefined;
  validUntil?: string | null | undefined;
  sourceItemId?: string | null | undefined;
  sourceBulletinId?: string | null | undefined;
}

/** What the speech is made from: a changed text makes the recording stale. */
export const speechTextHash = (title: string, text: string) =>
  createHash('sha256').update(`${title}\n${text}`).digest('hex');

/** Spoken length before a recording exists: about 2.5 words a second at loudspeaker pace. */
export const estimatedSeconds = (text: string) =>
  Math.max(5, Math.round(text.split(/\s+/).filter(Boolean).length / 2.5));

const bulletinQuery = (ctx: Context) =>
  ctx.db
    .selectFrom('bulletins as u')
    .innerJoin('bodies as a', 'a.id', 'u.body_id')
    .innerJoin('bodies as t', 't.id', 'u.target_body_id')
    .leftJoin('library_items as li', 'li.id', 'u.source_item_id')
    .leftJoin('bulletins as sb', 'sb.id', 'u.source_bulletin_id')
    .leftJoin('files as af', 'af.id', 'u.audio_file_id')
    .selectAll('u')
    .select([
      'a.name as body_name',
      'a.path as body_path',
      't.name as target_name',
      't.path as target_path',
      'li.title as source_item_title',
      'sb.title as source_bulletin_title',
      'af.media_type as audio_media_type',
    ]);

export type BulletinRow = Awaited<ReturnType<ReturnType<typeof bulletinQuery>['executeTakeFirstOrThrow']>>;

/** Bulletins of bodies in the actor's scope, and those aimed at a subtree around their scope. */
const visibleTo = (ctx: Context) => ownOrShared(scopePaths(ctx.actor, 'readBody'), 'a.path', 't.path');

export function presentBulletin(ctx: Context, u: BulletinRow) {
  return {
    id: u.id,
    title: u.title,
    text: u.text,
    priority: u.priority,
    body: { id: u.body_id, name: u.body_name },
    target: { id: u.target_body_id, name: u.target_name },
    validFrom: u.valid_from,
    validUntil: u.valid_until,
    sourceItem: u.source_item_id ? { id: u.source_item_id, title: u.source_item_title ?? '' } : null,
    sourceBulletin: u.source_bulletin_id
      ? { id: u.source_bulletin_id, title: u.source_bulletin_title ?? '' }
      : null,
    audio: {
      status: u.audio_status,
      progress: u.audio_progress,
      error: u.audio_error,
      durationSeconds: u.audio_duration_seconds === null ? null : Number(u.audio_duration_seconds),
      mediaType: u.audio_media_type,
      stale: u.audio_status === 'ready' && u.audio_text_hash !== speechTextHash(u.title, u.text),
    },
    version: u.version,
    createdAt: u.created_at.toISOString(),
    canEdit: can(ctx.actor, 'broadcast', u.body_path),
  };
}

export async function loadVisibleBulletin(ctx: Context, id: string) {
  const row = await bulletinQuery(ctx).where('u.id', '=', id).where(visibleTo(ctx)).executeTakeFirst();
  if (!row) throw notFound('bản tin');
  return row;
}

export async function getBulletin(ctx: Context, id: string) {
  return presentBulletin(ctx, await loadVisibleBulletin(ctx, id));
}

async function loadEditable(ctx: Context, id: string) {
  const row = await loadVisibleBulletin(ctx, id);
  if (!can(ctx.actor, 'broadcast', row.body_path)) throw notFound('bản tin');
  return row;
}

export async function listBulletins(
  ctx: Context,
  q: { q?: string | undefined; priority?: BulletinPriority | undefined; page: number; pageSize: number },
) {
  let query = bulletinQuery(ctx).where(visibleTo(ctx));
  for (const pattern of searchPatterns(q.q)) query = query.where('u.search_text', 'like', pattern);
  if (q.priority) query = query.where('u.priority', '=', q.priority);
  const { rows, total } = await pageWithTotal(query.orderBy('u.created_at', 'desc').orderBy('u.id'), q);
  return { items: rows.map((r) => presentBulletin(ctx, r)), total };
}

/** The target must be a body whose stations the actor broadcasts to (their own subtree). */
async function loadTarget(ctx: Context, targetBodyId: string) {
  const target = await unsafeFindBody(ctx.db, targetBodyId);
  if (!target || !can(ctx.actor, 'broadcast', target.path)) {
    throw notFound('đơn vị nhận bản tin');
  }
  return target;
}

function checkDates(validFrom: string, validUntil: string | null) {
  if (validUntil && validUntil < validFrom) {
    throw new AppError(
      'invalid_input',
      'Ngày kết thúc phải sau ngày bắt đầu phát. Hãy chọn lại.',
      'validUntil',
    );
  }
}

const clean = (input: BulletinInput) => ({
  title: input.title.normalize('NFC').trim(),
  text: input.text.normalize('NFC').trim(),
});

/**
 * An emergency bulletin is aired at once: every broadcaster whose commune it reaches is told in the
 * app (and in the next e-mail digest), once per bulletin.
 */
async function alertBroadcasters(
  trx: Kysely<Database>,
  bulletin: { id: string; title: string },
  target: { path: string },
) {
  const users = await trx
    .selectFrom('role_grants as g')
    .innerJoin('bodies as b', 'b.id', 'g.scope_body_id')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select('g.user_id')
    .distinct()
    .where('g.role', '=', 'broadcaster')
    .where('u.disabled', '=', false)
    // Broadcasters in the target's subtree, and those above it (a district-wide station).
    .where((eb) =>
      eb.or([eb('b.path', 'like', `${target.path}%`), sql<boolean>`${target.path} like b.path || '%'`]),
    )
    .execute();
  if (users.length === 0) return;
  await trx
    .insertInto('notifications')
    .values(
      users.map((u) => ({
        user_id: u.user_id,
        kind: 'emergency_bulletin',
        title: `Bản tin khẩn cấp: ${bulletin.title}`,
        body: 'Hãy phát ngay trên hệ thống truyền thanh và ghi nhật ký phát.',
        link: `/broadcast/bulletins/${bulletin.id}`,
        dedupe_key: `emergency:${bulletin.id}`,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** A broadcaster writes a bulletin, or starts from a library item or a bulletin that reached them. */
export async function createBulletin(ctx: Context, input: BulletinInput) {
  const body = await unsafeFindBody(ctx.db, ctx.actor.bodyId);
  if (!body || !can(ctx.actor, 'broadcast', body.path)) throw notFound('bản tin');
  const target = await loadTarget(ctx, input.targetBodyId);
  if (input.sourceItemId) await loadVisibleItem(ctx, input.sourceItemId);
  if (input.sourceBulletinId) await loadVisibleBulletin(ctx, input.sourceBulletinId);
  const { title, text } = clean(input);
  const validFrom = input.validFrom ?? vietnamToday();
  checkDates(validFrom, input.validUntil ?? null);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('bulletins')
      .values({
        body_id: body.id,
        target_body_id: input.targetBodyId,
        title,
        text,
        priority: input.priority,
        valid_from: validFrom,
        valid_until: input.validUntil ?? null,
        source_item_id: input.sourceItemId ?? null,
        source_bulletin_id: input.sourceBulletinId ?? null,
        search_text: foldVietnamese(`${title} ${text}`),
        created_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'bulletin.create',
      entityType: 'bulletin',
      entityId: row.id,
      after: { ...input, title, text, validFrom },
    });
    if (input.priority === 'emergency') await alertBroadcasters(trx, { id: row.id, title }, target);
    return row.id;
  });
  return presentBulletin(ctx, await loadVisibleBulletin(ctx, id));
}

export async function updateBulletin(
  ctx: Context,
  id: string,
  change: Partial<BulletinInput> & { version: number },
) {
  const row = await loadEditable(ctx, id);
  const before = {
    title: row.title,
    text: row.text,
    priority: row.priority,
    targetBodyId: row.target_body_id,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  };
  // A partial change: what is not sent stays as it is.
  const input = { ...before, ...change };
  const target = await loadTarget(ctx, input.targetBodyId);
  const { title, text } = clean(input);
  const validFrom = input.validFrom ?? row.valid_from;
  checkDates(validFrom, input.validUntil ?? null);
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('bulletins')
      .set({
        title,
        text,
        priority: input.priority,
        target_body_id: input.targetBodyId,
        valid_from: validFrom,
        valid_until: input.validUntil ?? null,
        search_text: foldVietnamese(`${title} ${text}`),
        version: input.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw staleVersion('Bản tin');
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: row.body_id,
      action: 'bulletin.update',
      entityType: 'bulletin',
      entityId: id,
      before,
      after: { title, text, priority: input.priority, targetBodyId: input.targetBodyId, validFrom },
    });
    if (input.priority === 'emergency') await alertBroadcasters(trx, { id, title }, target);
  });
  return presentBulletin(ctx, await loadVisibleBulletin(ctx, id));
}

/** Queues speech synthesis (a job with progress); a request while one is under way changes nothing. */
export async function requestSynthesis(ctx: Context, id: string) {
  const row = await loadEditable(ctx, id);
  if (row.audio_status !== 'queued' && row.audio_status !== 'running') {
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('bulletins')
        .set({ audio_status: 'queued', audio_progress: 0, audio_error: null })
        .where('id', '=', id)
        .execute();
      await enqueueJob(trx, 'bulletin.speech', { bulletinId: id });
      await recordAudit(trx, {
        actorId: ctx.actor.userId,
        bodyId: row.body_id,
        action: 'bulletin.synthesise',
        entityType: 'bulletin',
        entityId: id,
        before: { audio: row.audio_status },
        after: { audio: 'queued' },
      });
    });
  }
  return presentBulletin(ctx, await loadVisibleBulletin(ctx, id));
}

export async function bulletinAudio(ctx: Context, id: string) {
  const row = await loadVisibleBulletin(ctx, id);
  if (!row.audio_file_id) throw notFound('bản ghi âm');
  const file = await ctx.db
    .selectFrom('files')
    .select(['name', 'media_type', 'content'])
    .where('id', '=', row.audio_file_id)
    .executeTakeFirstOrThrow();
  return { name: file.name, mediaType: file.media_type, content: new Uint8Array(file.content) };
}

/** Bulletins that reach a station: aimed at its body or a body above it, valid on some day of the range. */
export function bulletinsReaching(ctx: Context, stationBodyPath: string, from: string, until: string) {
  return bulletinQuery(ctx)
    .where(sql<boolean>`${stationBodyPath} like t.path || '%'`)
    .where('u.valid_from', '<=', until)
    .where((eb) => eb.or([eb('u.valid_until', 'is', null), eb('u.valid_until', '>=', from)]))
    .execute();
}
