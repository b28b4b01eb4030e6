import type { Database } from '@lantoa/db';
import { type BodyKind, type EventStatus, keyDayCompleteness, keyDayStanding } from '@lantoa/domain';
import type { Kysely } from 'kysely';

/** The bodies below an organiser of the given kinds: those a parent event asks to hold their own. */
export const requiredBodies = (
  db: Kysely<Database>,
  organiser: { id: string; path: string },
  kinds: BodyKind[],
) =>
  kinds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('bodies')
        .select(['id', 'name', 'kind', 'code'])
        .where('path', 'like', `${organiser.path}%`)
        .where('id', '<>', organiser.id)
        .where('kind', 'in', kinds)
        .orderBy('name')
        .orderBy('id')
        .execute();

/**
 * Where each body a parent event asks stands (like reports' completeness): its event under the
 * parent held, planned, overdue (still planned after its day), cancelled, or missing; and the counts.
 * Null when the event asks no kind of body.
 */
export async function eventCompleteness(
  db: Kysely<Database>,
  parent: { id: string; organiserBodyId: string; organiserPath: string; requiresKinds: BodyKind[] },
  children: {
    id: string;
    title: string;
    status: EventStatus;
    starts_on: string;
    ends_on: string;
    organiser_body_id: string;
  }[],
  today: string,
) {
  if (parent.requiresKinds.length === 0) return null;
  const bodies = await requiredBodies(
    db,
    { id: parent.organiserBodyId, path: parent.organiserPath },
    parent.requiresKinds,
  );
  const rows = bodies.map((body) => {
    const child = children.find((c) => c.organiser_body_id === body.id) ?? null;
    return {
      body: { id: body.id, name: body.name, kind: body.kind, code: body.code },
      standing: keyDayStanding(child && { status: child.status, endsOn: child.ends_on }, today),
      event: child && {
        id: child.id,
        title: child.title,
        status: child.status,
        startsOn: child.starts_on,
        endsOn: child.ends_on,
      },
    };
  });
  return {
    requiresKinds: parent.requiresKinds,
    summary: keyDayCompleteness(rows.map((row) => row.standing)),
    bodies: rows,
  };
}
