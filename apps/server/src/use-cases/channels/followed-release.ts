import type { Database } from '@lantoa/db';
import { subjectOverlap, subjectWords } from '@lantoa/domain';
import type { FeedItem } from '@lantoa/web-reader';
import { type Kysely, sql } from 'kysely';

// Which press release a published item follows, so that the department sees which of its releases
// the press took up. A release's code (in its tracked link, or quoted bare) names it for certain;
// otherwise an item whose title speaks mostly of a release sent shortly before is taken to follow it.

/** A release is followed within this many days of being sent. */
export const FOLLOW_UP_DAYS = 30;
/** Of the item title's subject words, the share the release must speak of… */
export const MIN_SUBJECT_OVERLAP = 0.5;
/** …and at least this many of them: a three-word title sharing two common words says nothing. */
export const MIN_SHARED_WORDS = 3;
const DAY_MS = 86_400_000;

export interface SentRelease {
  id: string;
  sentAt: Date;
  /** Its title and text: what an item's title is compared with. */
  subject: string;
  words: Set<string>;
}

export interface ReleaseCandidates {
  byCode: Map<string, string>;
  recent: SentRelease[];
}

/** The words of an item's link, summary and inner links that could be a release's code. */
function codeTokens(item: FeedItem): string[] {
  const text = [item.link, item.summary, ...item.links].join(' ');
  const tokens = new Set<string>();
  // Codes are base64url (create-press-release.ts): letters, digits, '-' and '_'.
  for (const token of text.split(/[^A-Za-z0-9_-]+/)) {
    if (token.length >= 6 && token.length <= 64) tokens.add(token);
  }
  // A tracked link whose code was percent-encoded.
  for (const match of text.matchAll(/\/thong-cao\/([^\s/?#"'<>]+)/g)) {
    try {
      tokens.add(decodeURIComponent(match[1] ?? ''));
    } catch {
      // Not a code.
    }
  }
  return [...tokens].slice(0, 2000);
}

/**
 * The sent releases the items may follow: those whose code they quote, and those sent in the 30 days
 * before the items by a body of the channel's province or above it (a release of another province
 * is not what a local channel follows).
 */
export async function releaseCandidates(
  db: Kysely<Database>,
  channelPath: string,
  items: FeedItem[],
  now: Date,
): Promise<ReleaseCandidates> {
  const tokens = [...new Set(items.flatMap(codeTokens))];
  const coded =
    tokens.length === 0
      ? []
      : await db
          .selectFrom('press_releases')
          .select(['id', 'code'])
          .where('status', '=', 'sent')
          .where('code', 'in', tokens)
          .execute();

  const times = items.map((item) => (item.publishedAt ?? now).getTime());
  const from = new Date(Math.min(...times) - FOLLOW_UP_DAYS * DAY_MS);
  const to = new Date(Math.max(...times));
  // '/country/province/…': the province is the path's first two ids.
  const provincePath = `/${channelPath.split('/').filter(Boolean).slice(0, 2).join('/')}/`;
  const recent = await db
    .selectFrom('press_releases as release')
    .innerJoin('bodies as body', 'body.id', 'release.body_id')
    .select(['release.id', 'release.title', 'release.body', 'release.sent_at'])
    .where('release.status', '=', 'sent')
    .where('release.sent_at', '>=', from)
    .where('release.sent_at', '<=', to)
    .where((eb) =>
      eb.or([
        eb('body.path', 'like', `${provincePath}%`),
        // A body above the channel's (the country's ministry).
        sql<boolean>`${channelPath}::text like ${eb.ref('body.path')} || '%'`,
      ]),
    )
    .orderBy('release.sent_at', 'desc')
    .limit(200)
    .execute();
  return {
    byCode: new Map(coded.map((r) => [r.code, r.id])),
    recent: recent.map((r) => {
      const subject = `${r.title} ${r.body}`;
      return { id: r.id, sentAt: r.sent_at ?? new Date(0), subject, words: subjectWords(subject) };
    }),
  };
}

/** The release an item follows, or null. */
export function releaseFollowedBy(item: FeedItem, candidates: ReleaseCandidates, now: Date): string | null {
  for (const token of codeTokens(item)) {
    const id = candidates.byCode.get(token);
    if (id) return id;
  }
  const at = (item.publishedAt ?? now).getTime();
  const titleWords = subjectWords(item.title);
  let best: { id: string; overlap: number } | null = null;
  for (const release of candidates.recent) {
    const sent = release.sentAt.getTime();
    if (sent > at || sent < at - FOLLOW_UP_DAYS * DAY_MS) continue;
    // Counted on the words read once per release; the overlap itself is the domain's rule.
    const shared = [...titleWords].filter((word) => release.words.has(word)).length;
    if (shared < MIN_SHARED_WORDS) continue;
    const overlap = subjectOverlap(item.title, release.subject);
    // The newest release comes first (the query's order): an older one must overlap more to win.
    if (overlap >= MIN_SUBJECT_OVERLAP && overlap > (best?.overlap ?? 0)) best = { id: release.id, overlap };
  }
  return best?.id ?? null;
}
