import { createHash } from 'node:crypto';
import { type Database, recordAudit } from '@lantoa/db';
import {
  type ChannelKind,
  matchesTopicWords,
  type OutputKind,
  vietnamDateOf,
  vietnamToday,
} from '@lantoa/domain';
import { type FeedItem, readFeed, WebReadError } from '@lantoa/web-reader';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { insertOutput, type NewOutput } from '../outputs/insert-output.ts';
import { channelQuery } from './channel-view.ts';
import { releaseCandidates, releaseFollowedBy } from './followed-release.ts';
import { loadEditableChannel } from './load-editable-channel.ts';

/** What reading a feed needs from the server's configuration. */
export interface FeedReading {
  /** The app's public address: a press release's tracked link starts with it. */
  publicUrl: string;
  /** Host names trusted although they resolve to private addresses (LANTOA_FEED_ALLOW_HOSTS). */
  allowHosts: readonly string[];
  timeoutMs?: number | undefined;
  maxBytes?: number | undefined;
}

/** A feed (and, for a sitemap index, its sitemaps) is read within this time… */
export const FEED_TIMEOUT_MS = 20_000;
/** …and each document within this size: a month's news sitemap of a large paper is a few megabytes. */
export const FEED_MAX_BYTES = 8 * 1024 * 1024;

/** What an item of a channel's feed is, by the channel's kind. */
const OUTPUT_KIND_OF_CHANNEL: Record<ChannelKind, OutputKind> = {
  press: 'article',
  portal: 'portal_post',
  fanpage: 'social_post',
  zalo_oa: 'social_post',
  loudspeaker: 'rebroadcast',
  visual: 'visual',
};

const UNEXPECTED =
  'Không đọc được nguồn tin do một lỗi không mong đợi của máy chủ. Hãy thử lại sau; nếu vẫn lỗi, hãy báo quản trị viên.';
// The columns' limits (0022-outputs.ts): a value beyond them would abort the whole read's transaction.
const MAX_URL = 2000;
const MAX_TITLE = 500;
const MAX_EXTERNAL_ID = 500;

type ChannelRow = NonNullable<Awaited<ReturnType<ReturnType<typeof channelQuery>['executeTakeFirst']>>>;

/** An id short enough for the unique index; a longer one (a feed's odd guid) by its hash, the same each read. */
const externalIdOf = (id: string) =>
  id.length <= MAX_EXTERNAL_ID ? id : `sha256:${createHash('sha256').update(id).digest('hex')}`;

/** The output an item becomes; null when the item has nothing to be called by. */
function outputOf(
  channel: ChannelRow,
  item: FeedItem,
  pressReleaseId: string | null,
  today: string,
): NewOutput | null {
  const title = (item.title || item.summary.slice(0, 200)).trim().slice(0, MAX_TITLE);
  if (!title) return null;
  // A date in the future (a site's clock, a wrong zone) is recorded as today's.
  const day = item.publishedAt ? vietnamDateOf(item.publishedAt) : today;
  const text = `${item.title} ${item.summary}`;
  return {
    bodyId: channel.body_id,
    kind: OUTPUT_KIND_OF_CHANNEL[channel.kind],
    title,
    publishedOn: day > today ? today : day,
    channelKind: channel.kind,
    channelId: channel.id,
    channelName: channel.name,
    url: item.link.length <= MAX_URL ? item.link : '',
    imageUrl: item.imageUrl && item.imageUrl.length <= MAX_URL ? item.imageUrl : '',
    topics: channel.topic_words.filter((word) => matchesTopicWords(text, [word])),
    pressReleaseId,
    source: 'feed',
    externalId: externalIdOf(item.id),
  };
}

/** The feed's items, or why it could not be read (in Vietnamese); never throws for the feed's sake. */
async function fetchItems(
  feedUrl: string,
  reading: FeedReading,
): Promise<{ items: FeedItem[]; error: string | null }> {
  try {
    const feed = await readFeed(feedUrl, {
      allowHosts: reading.allowHosts,
      timeoutMs: reading.timeoutMs ?? FEED_TIMEOUT_MS,
      maxBytes: reading.maxBytes ?? FEED_MAX_BYTES,
    });
    return { items: feed.items, error: null };
  } catch (error) {
    if (error instanceof WebReadError) return { items: [], error: error.message };
    console.error(`feed ${feedUrl}:`, error);
    return { items: [], error: UNEXPECTED };
  }
}

/**
 * Reads a channel's feed and records its new items as outputs of the channel's body: those that speak
 * of the channel's topic words (all, when it has none), each once however often the feed is read,
 * linked to the press release it follows. The read is noted on the channel (when, how many new, or
 * why it failed) and audited, in the transaction that records the items. The network is read before
 * the transaction opens: a slow site never holds the database.
 */
async function recordChannelFeed(
  db: Kysely<Database>,
  channel: ChannelRow & { feed_url: string },
  actorId: string | null,
  reading: FeedReading,
) {
  const { items, error } = await fetchItems(channel.feed_url, reading);
  const now = new Date();
  const today = vietnamToday(now);
  const wanted = items.filter((item) =>
    matchesTopicWords(`${item.title} ${item.summary}`, channel.topic_words),
  );
  // Items recorded by an earlier read are not looked at again.
  const known = new Set(
    wanted.length === 0
      ? []
      : (
          await db
            .selectFrom('outputs')
            .select('external_id')
            .where('channel_id', '=', channel.id)
            .where(
              'external_id',
              'in',
              wanted.map((item) => externalIdOf(item.id)),
            )
            .execute()
        ).map((row) => row.external_id),
  );
  const fresh = wanted.filter((item) => !known.has(externalIdOf(item.id)));
  const releases = fresh.length > 0 ? await releaseCandidates(db, channel.body_path, fresh, now) : null;

  return db.transaction().execute(async (trx) => {
    let recorded = 0;
    for (const item of fresh) {
      const output = outputOf(channel, item, releases && releaseFollowedBy(item, releases, now), today);
      if (output && (await insertOutput(trx, actorId, output))) recorded += 1;
    }
    await trx
      .updateTable('channels')
      .set({ last_read_at: now, last_read_error: error, last_read_new: recorded })
      .where('id', '=', channel.id)
      .execute();
    await recordAudit(trx, {
      actorId,
      bodyId: channel.body_id,
      action: 'channel.feed_read',
      entityType: 'channel',
      entityId: channel.id,
      after: { feedUrl: channel.feed_url, items: items.length, matched: wanted.length, recorded, error },
    });
    return { recorded, error };
  });
}

const hasFeed = (channel: ChannelRow): channel is ChannelRow & { feed_url: string } =>
  channel.feed_url !== null;

/** POST /api/channels/:id/read: a person with `communicate` over the channel's body reads its feed now. */
export async function readChannelFeed(ctx: Context, channelId: string, reading: FeedReading) {
  const channel = await loadEditableChannel(ctx, channelId);
  if (!hasFeed(channel)) {
    throw new AppError(
      'conflict',
      'Kênh này chưa có địa chỉ nguồn tin (RSS, Atom hoặc sitemap). Hãy sửa kênh, thêm địa chỉ nguồn tin rồi đọc lại.',
    );
  }
  return recordChannelFeed(ctx.db, channel, ctx.actor.userId, reading);
}

/** The daily job's read of one channel, by no one (no access check); null when it has no feed (any more). */
export async function unsafeReadChannelFeed(db: Kysely<Database>, channelId: string, reading: FeedReading) {
  const channel = await channelQuery(db).where('c.id', '=', channelId).executeTakeFirst();
  if (!channel || !hasFeed(channel)) return null;
  return recordChannelFeed(db, channel, null, reading);
}
