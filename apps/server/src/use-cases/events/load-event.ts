import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { eventQuery } from './event-row.ts';

/**
 * An event the actor sees, or 404: the readers of its organiser; the readers of a body it invited
 * (they answer and count their own people); the readers of a body whose own event hangs under it (a
 * commune sees the province's event its own answers). `manages`: the actor runs it (`manageEvents`
 * over the organiser); `readsAll`: it reads the organiser, so every invitation, count and child.
 */
export async function loadVisibleEvent(ctx: Context, id: string) {
  const event = await eventQuery(ctx.db).where('event.id', '=', id).executeTakeFirst();
  if (!event) throw notFound('sự kiện');
  const [invitations, children] = await Promise.all([
    ctx.db
      .selectFrom('event_invitations as invitation')
      .innerJoin('bodies as body', 'body.id', 'invitation.body_id')
      .select([
        'invitation.body_id',
        'invitation.response',
        'invitation.attendees_expected',
        'invitation.responded_at',
        'body.name',
        'body.kind',
        'body.path',
      ])
      .where('invitation.event_id', '=', id)
      .orderBy('body.name')
      .execute(),
    ctx.db
      .selectFrom('events as child')
      .innerJoin('bodies as body', 'body.id', 'child.organiser_body_id')
      .select([
        'child.id',
        'child.title',
        'child.status',
        'child.starts_on',
        'child.ends_on',
        'child.organiser_body_id',
        'body.name',
        'body.kind',
        'body.path',
      ])
      .where('child.parent_event_id', '=', id)
      .orderBy('body.name')
      .orderBy('child.starts_on')
      .execute(),
  ]);
  const readsAll = can(ctx.actor, 'readBody', event.organiser_path);
  const reads = (path: string) => readsAll || can(ctx.actor, 'readBody', path);
  const shownInvitations = invitations.filter((invitation) => reads(invitation.path));
  const shownChildren = children.filter((child) => reads(child.path));
  if (!readsAll && shownInvitations.length === 0 && shownChildren.length === 0) throw notFound('sự kiện');
  return {
    event,
    readsAll,
    manages: can(ctx.actor, 'manageEvents', event.organiser_path),
    invitations,
    shownInvitations,
    children,
    shownChildren,
    reads,
  };
}

export type VisibleEvent = Awaited<ReturnType<typeof loadVisibleEvent>>;

/** An event the actor runs (`manageEvents` over its organiser); 404 otherwise, as for one it cannot see. */
export async function loadManagedEvent(ctx: Context, id: string) {
  const found = await loadVisibleEvent(ctx, id);
  if (!found.manages) throw notFound('sự kiện');
  return found;
}

/** A body whose events the actor organises (`manageEvents` over it); 404 otherwise. */
export async function loadEventsBody(ctx: Context, bodyId: string) {
  const body = await unsafeFindBody(ctx.db, bodyId);
  if (!body || !can(ctx.actor, 'manageEvents', body.path)) throw notFound('đơn vị');
  return body;
}
