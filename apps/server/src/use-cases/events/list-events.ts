import type { eventQuery as eventQuerySchema } from '@lantoa/api-contract/events';
import { withinScopes } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import { type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { pageWithTotal, searchPatterns } from '../shared/paged-search.ts';
import { readScopes } from '../shared/read-scopes.ts';
import { eventQuery, eventSummaryView } from './event-row.ts';

/**
 * The events the actor sees — organised within its scopes, inviting one of its bodies, or with one of
 * its bodies' events under them — (or those organised within one body's subtree among them), searched
 * without diacritics, filtered, the latest first (on one day, the events the others answer first).
 */
export async function listEvents(ctx: Context, f: z.output<typeof eventQuerySchema>) {
  const scopes = scopePaths(ctx.actor, 'readBody');
  const canCreate = scopePaths(ctx.actor, 'manageEvents').length > 0;
  if (scopes.length === 0) return { items: [], total: 0, canCreate };
  let query = eventQuery(ctx.db).where((eb) =>
    eb.or([
      withinScopes(eb, eb.ref('organiser.path'), scopes),
      eb.exists(
        eb
          .selectFrom('event_invitations as invitation')
          .innerJoin('bodies as invitee', 'invitee.id', 'invitation.body_id')
          .select('invitation.body_id')
          .whereRef('invitation.event_id', '=', 'event.id')
          .where((inner) => withinScopes(inner, inner.ref('invitee.path'), scopes)),
      ),
      eb.exists(
        eb
          .selectFrom('events as child')
          .innerJoin('bodies as host', 'host.id', 'child.organiser_body_id')
          .select('child.id')
          .whereRef('child.parent_event_id', '=', 'event.id')
          .where((inner) => withinScopes(inner, inner.ref('host.path'), scopes)),
      ),
    ]),
  );
  if (f.bodyId) {
    const [path] = await readScopes(ctx, f.bodyId);
    query = query.where('organiser.path', 'like', `${path}%`);
  }
  for (const pattern of searchPatterns(f.q)) {
    query = query.where(sql<SqlBool>`event.search_text like ${pattern}`);
  }
  if (f.year) query = query.where('event.year', '=', f.year);
  if (f.keyDay) query = query.where('event.key_day', '=', f.keyDay);
  if (f.status) query = query.where('event.status', '=', f.status);
  if (f.kind) query = query.where('event.kind', '=', f.kind);
  if (f.underParent !== undefined) {
    query = query.where('event.parent_event_id', f.underParent ? 'is not' : 'is', null);
  }
  const { rows, total } = await pageWithTotal(
    // On one day, the event the others answer comes before the bodies' own (a province's 120 shells).
    query
      .orderBy('event.starts_on', 'desc')
      .orderBy(sql`event.parent_event_id is not null`)
      .orderBy('event.title')
      .orderBy('event.id'),
    f,
  );
  return { items: rows.map(eventSummaryView), total, canCreate };
}
