import type { keyDayScheduleInput } from '@lantoa/api-contract/events';
import { recordAudit } from '@lantoa/db';
import { type BodyKind, keyDayDate, keyDayEventTitle, keyDayShellTitle } from '@lantoa/domain';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { eventSearchText } from './event-columns.ts';
import { requiredBodies } from './event-completeness.ts';
import { eventAudit } from './event-row.ts';
import { adoptKeyDayEvents, keyDayParentOf } from './key-day-links.ts';
import { loadEventsBody } from './load-event.ts';

/**
 * The key-day calendar's one step: a body (a province's coordinator) takes its event for a key day of
 * a year — the one it has, or a new one on the day — and asks the bodies of some kinds below it
 * (communes, departments…) to hold their own. Each such body gets a shell under it (planned, on the
 * day, titled "Hưởng ứng … – <body>") unless it already has an event there: the events the bodies
 * made by hand for the day are hung under it first. Two coordinators asking at the same moment make
 * one event and one shell per body (an advisory lock on the body's day, and the unique key of a
 * body's event under a parent, `events_shell_key`, with `on conflict do nothing`).
 */
export async function scheduleKeyDay(
  ctx: Context,
  bodyId: string,
  input: z.output<typeof keyDayScheduleInput>,
) {
  const body = await loadEventsBody(ctx, bodyId);
  const kinds = [...new Set(input.kinds)].sort() as BodyKind[];
  const { keyDay, year } = input;
  const day = keyDayDate(keyDay, year);
  const now = new Date();
  return ctx.db.transaction().execute(async (trx) => {
    const lock = `events.key-day ${body.id} ${keyDay} ${year}`;
    await sql`select pg_advisory_xact_lock(hashtextextended(${lock}, 0))`.execute(trx);
    const keyDayEvent = { organiserBodyId: body.id, organiserPath: body.path, keyDay, year };
    const existing = await trx
      .selectFrom('events')
      .selectAll()
      .where('organiser_body_id', '=', body.id)
      .where('key_day', '=', keyDay)
      .where('year', '=', year)
      .where('status', '<>', 'cancelled')
      // The one already asking the bodies below, else the oldest.
      .orderBy(sql`cardinality(requires_kinds) = 0`)
      .orderBy('created_at')
      .orderBy('id')
      .executeTakeFirst();
    const parent =
      existing ??
      (await insertAudited(trx, {
        table: 'events',
        values: {
          organiser_body_id: body.id,
          kind: 'ceremony',
          title: keyDayEventTitle(keyDay, year),
          key_day: keyDay,
          year,
          starts_on: day,
          ends_on: day,
          parent_event_id: await keyDayParentOf(trx, keyDayEvent),
          search_text: eventSearchText({ title: keyDayEventTitle(keyDay, year), place: '', programme: '' }),
          created_by: ctx.actor.userId,
          created_at: now,
        },
        audit: (row) => ({
          actorId: ctx.actor.userId,
          bodyId: body.id,
          action: 'event.create',
          entityType: 'event',
          after: eventAudit(row),
        }),
      }));
    const linked = await adoptKeyDayEvents(trx, { ...keyDayEvent, id: parent.id });
    await trx.updateTable('events').set({ requires_kinds: kinds }).where('id', '=', parent.id).execute();
    const bodies = await requiredBodies(trx, body, kinds);
    const shells =
      bodies.length === 0
        ? []
        : await trx
            .insertInto('events')
            .values(
              bodies.map((below) => {
                const title = keyDayShellTitle(keyDay, year, below.name);
                return {
                  organiser_body_id: below.id,
                  kind: parent.kind,
                  title,
                  key_day: keyDay,
                  year,
                  starts_on: day,
                  ends_on: day,
                  parent_event_id: parent.id,
                  search_text: eventSearchText({ title, place: '', programme: '' }),
                  created_by: ctx.actor.userId,
                  created_at: now,
                };
              }),
            )
            .onConflict((oc) =>
              oc
                .columns(['parent_event_id', 'organiser_body_id'])
                .where('parent_event_id', 'is not', null)
                .doNothing(),
            )
            .returning(['id', 'organiser_body_id', 'title'])
            .execute();
    for (const shell of shells) {
      await recordAudit(trx, {
        actorId: ctx.actor.userId,
        bodyId: shell.organiser_body_id,
        action: 'event.schedule',
        entityType: 'event',
        entityId: shell.id,
        after: { shell: true, parentEventId: parent.id, keyDay, year, title: shell.title },
      });
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'event.schedule',
      entityType: 'event',
      entityId: parent.id,
      before: { requiresKinds: existing?.requires_kinds ?? [] },
      after: { requiresKinds: kinds, shells: shells.length, linked },
    });
    return { eventId: parent.id, created: shells.length, linked: linked.length };
  });
}
