import type { BodyRow, Database } from '@lantoa/db';
import { toBodyRef, unsafeFindBody } from '@lantoa/db';
import {
  type BodyIndex,
  type BodyMatch,
  type BodyMatcher,
  createBodyIndex,
  provinceIdOf,
  scopePaths,
} from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { presentBrief } from '../../presenters/present.ts';
import { loadReadableBody } from './get-body.ts';

const presentMatch = (m: Readonly<BodyMatch>, groupBodiesShown: number) => {
  switch (m.type) {
    case 'body':
      return { type: m.type, confidence: m.confidence, matchedOn: m.matchedOn, body: presentBrief(m.body) };
    case 'group':
      return {
        type: m.type,
        confidence: m.confidence,
        label: m.label,
        kinds: m.kinds,
        bodies: m.bodies.slice(0, groupBodiesShown).map(presentBrief),
        bodyCount: m.bodies.length,
      };
    case 'none':
      return {
        type: m.type,
        confidence: 0,
        candidates: m.candidates.map((c) => ({ confidence: c.confidence, body: presentBrief(c.body) })),
      };
  }
};

// Indexing every readable body of the province (of the whole tree for a national context) takes
// hundreds of milliseconds for thousands of bodies, so indexes are kept per database for a set of
// readable bodies (the actor's scopes and the issuer's ancestors outside them) while the bodies
// under the province stay as they were; a matcher for an issuer is then cheap, and kept too.
const INDEXES_KEPT = 8;
const MATCHERS_PER_INDEX = 32;
interface KeptIndex {
  fingerprint: string;
  index: BodyIndex;
  matchers: Map<string, BodyMatcher>;
}
const indexes = new WeakMap<Kysely<Database>, Map<string, KeptIndex>>();

/** Changes whenever a body under `path` is added, edited (its version) or moved. */
async function bodiesFingerprint(db: Kysely<Database>, path: string): Promise<string> {
  const row = await db
    .selectFrom('bodies')
    .select([
      sql<string>`count(*)::text`.as('count'),
      sql<string>`coalesce(sum(version), 0)::text`.as('versions'),
      sql<string>`coalesce(max(updated_at)::text, '')`.as('updated'),
    ])
    .where('path', 'like', `${path}%`)
    .executeTakeFirstOrThrow();
  return `${row.count}/${row.versions}/${row.updated}`;
}

/** Keeps at most `size` entries, the most recently used (a Map iterates in insertion order). */
function remember<V>(map: Map<string, V>, key: string, value: V, size: number): V {
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= size) break;
    map.delete(oldest);
  }
  return value;
}

async function matcherFor(ctx: Context, context: BodyRow, province: BodyRow): Promise<BodyMatcher> {
  const scopes = scopePaths(ctx.actor, 'readBody');
  const ids = context.path.split('/').filter(Boolean);
  // The issuer's ancestors are candidates too, also those outside the actor's scopes.
  const ancestorsOutside = ids
    .map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`)
    .filter((path) => !scopes.some((scope) => path.startsWith(scope)));
  const key = `${province.id}|${[...scopes].sort().join(',')}|${ancestorsOutside.join(',')}`;
  let kept = indexes.get(ctx.db);
  if (!kept) {
    kept = new Map();
    indexes.set(ctx.db, kept);
  }
  const fingerprint = await bodiesFingerprint(ctx.db, province.path);
  let entry = kept.get(key);
  if (entry?.fingerprint !== fingerprint) {
    const rows = await ctx.db
      .selectFrom('bodies')
      .selectAll()
      .where('path', 'like', `${province.path}%`)
      .execute();
    const readable = rows.filter(
      (b) => scopes.some((scope) => b.path.startsWith(scope)) || ancestorsOutside.includes(b.path),
    );
    entry = { fingerprint, index: createBodyIndex(readable.map(toBodyRef)), matchers: new Map() };
  }
  remember(kept, key, entry, INDEXES_KEPT);
  const matcher = entry.matchers.get(context.id) ?? entry.index.matcherFor(context.id);
  return remember(entry.matchers, context.id, matcher, MATCHERS_PER_INDEX);
}

/**
 * Maps names as a document writes them to bodies, from the point of view of the issuing body
 * (`contextId`): candidates are the bodies of its province that the actor may read. A group lists
 * at most `groupBodiesShown` of its bodies (all by default; `bodyCount` says how many it has): in a
 * national context "các xã" stands for thousands of communes, repeated for every such name.
 */
export async function matchBodyNames(
  ctx: Context,
  contextId: string,
  texts: string[],
  { groupBodiesShown = Number.POSITIVE_INFINITY }: { groupBodiesShown?: number } = {},
) {
  const context = await loadReadableBody(ctx, contextId);
  // The province holds every body a provincial or commune plan names.
  const provinceId = provinceIdOf(context.path);
  const province = provinceId ? await unsafeFindBody(ctx.db, provinceId) : undefined;
  if (!province) throw notFound('đơn vị');
  const matcher = await matcherFor(ctx, context, province);
  return texts.map((text) => ({ text, match: presentMatch(matcher.match(text), groupBodiesShown) }));
}
