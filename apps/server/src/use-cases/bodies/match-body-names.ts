import { toBodyRef, unsafeFindBody } from '@lantoa/db';
import { type BodyMatch, createBodyMatcher, scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { presentBrief } from '../../presenters/present.ts';
import { loadReadableBody } from './get-body.ts';

const presentMatch = (m: BodyMatch) => {
  switch (m.type) {
    case 'body':
      return { type: m.type, confidence: m.confidence, matchedOn: m.matchedOn, body: presentBrief(m.body) };
    case 'group':
      return {
        type: m.type,
        confidence: m.confidence,
        label: m.label,
        kinds: m.kinds,
        bodies: m.bodies.map(presentBrief),
      };
    case 'none':
      return {
        type: m.type,
        confidence: 0,
        candidates: m.candidates.map((c) => ({ confidence: c.confidence, body: presentBrief(c.body) })),
      };
  }
};

/**
 * Maps names as a document writes them to bodies, from the point of view of the issuing body
 * (`contextId`): candidates are the bodies of its province that the actor may read.
 */
export async function matchBodyNames(ctx: Context, contextId: string, texts: string[]) {
  const context = await loadReadableBody(ctx, contextId);
  const ids = context.path.split('/').filter(Boolean);
  // The province (depth 1) holds every body a provincial or commune plan names.
  const provinceId = ids[Math.min(1, ids.length - 1)];
  const province = provinceId ? await unsafeFindBody(ctx.db, provinceId) : undefined;
  if (!province) throw notFound('đơn vị');
  const scopes = scopePaths(ctx.actor, 'readBody');
  const rows = await ctx.db
    .selectFrom('bodies')
    .selectAll()
    .where('path', 'like', `${province.path}%`)
    .execute();
  const readable = rows.filter(
    (b) => scopes.some((p) => b.path.startsWith(p)) || context.path.startsWith(b.path),
  );
  const matcher = createBodyMatcher(readable.map(toBodyRef), context.id);
  return texts.map((text) => ({ text, match: presentMatch(matcher.match(text)) }));
}
