import { can, countRefusal, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { eventCompleteness } from './event-completeness.ts';
import { eventSummaryView } from './event-row.ts';
import { loadVisibleEvent, type VisibleEvent } from './load-event.ts';

/**
 * An event as its organiser and the bodies it concerns see it: its details; the invitations and
 * the counts (all of them over the organiser, else the reader's own bodies'); the models showcased
 * and the coverage; the events under it the reader sees, and for the organiser's readers the
 * completeness of the bodies it asked; and what the reader may do.
 */
export async function getEvent(ctx: Context, id: string) {
  return eventDetail(ctx, await loadVisibleEvent(ctx, id));
}

/** The contract's `eventDetail` of an event already loaded (and checked) by the caller. */
export async function eventDetail(ctx: Context, visible: VisibleEvent) {
  const { event, readsAll, manages, invitations, shownInvitations, children, shownChildren, reads } = visible;
  const today = vietnamToday();
  const [counts, models, coverage, task, parent, completeness] = await Promise.all([
    ctx.db
      .selectFrom('event_attendance_counts as tally')
      .innerJoin('bodies as body', 'body.id', 'tally.body_id')
      .select([
        'tally.audience',
        'tally.attended',
        'tally.updated_at',
        'body.id',
        'body.name',
        'body.kind',
        'body.path',
      ])
      .where('tally.event_id', '=', event.id)
      .orderBy('body.name')
      .orderBy('tally.audience')
      .execute(),
    ctx.db
      .selectFrom('event_models as model')
      .leftJoin('bodies as presenter', 'presenter.id', 'model.presenter_body_id')
      .select([
        'model.id',
        'model.title',
        'model.presenter_kind',
        'model.presenter_body_id',
        'model.presenter_name',
        'model.description',
        'model.photo_file_id',
        'model.created_at',
        'presenter.name as presenter_body_name',
        'presenter.kind as presenter_body_kind',
      ])
      .where('model.event_id', '=', event.id)
      .orderBy('model.created_at')
      .orderBy('model.id')
      .execute(),
    ctx.db
      .selectFrom('event_coverage as covered')
      .innerJoin('outputs as output', 'output.id', 'covered.output_id')
      .innerJoin('bodies as body', 'body.id', 'output.body_id')
      .select([
        'covered.added_at',
        'output.id',
        'output.title',
        'output.kind',
        'output.url',
        'output.published_on',
        'output.channel_name',
        'body.id as body_id',
        'body.name as body_name',
        'body.kind as body_kind',
      ])
      .where('covered.event_id', '=', event.id)
      .orderBy('output.published_on', 'desc')
      .orderBy('output.id')
      .execute(),
    event.task_id
      ? ctx.db
          .selectFrom('tasks')
          .select(['id', 'title', 'plan_id'])
          .where('id', '=', event.task_id)
          .executeTakeFirst()
      : undefined,
    event.parent_event_id
      ? ctx.db
          .selectFrom('events as parent')
          .innerJoin('bodies as body', 'body.id', 'parent.organiser_body_id')
          .select(['parent.id', 'parent.title', 'body.id as body_id', 'body.name', 'body.kind'])
          .where('parent.id', '=', event.parent_event_id)
          .executeTakeFirst()
      : undefined,
    readsAll
      ? eventCompleteness(
          ctx.db,
          {
            id: event.id,
            organiserBodyId: event.organiser_body_id,
            organiserPath: event.organiser_path,
            requiresKinds: event.requires_kinds,
          },
          children,
          today,
        )
      : null,
  ]);
  const brief = (b: { id: string; name: string; kind: (typeof invitations)[number]['kind'] }) => ({
    id: b.id,
    name: b.name,
    kind: b.kind,
  });
  const organiser = { id: event.organiser_body_id, name: event.organiser_name, kind: event.organiser_kind };
  const countable = manages
    ? [organiser, ...invitations.map((i) => brief({ id: i.body_id, name: i.name, kind: i.kind }))]
    : invitations
        .filter((i) => can(ctx.actor, 'manageEvents', i.path))
        .map((i) => brief({ id: i.body_id, name: i.name, kind: i.kind }));
  return {
    ...eventSummaryView(event),
    programme: event.programme,
    resultsNote: event.results_note,
    heldAt: event.held_at?.toISOString() ?? null,
    requiresKinds: event.requires_kinds,
    task: task ? { id: task.id, title: task.title, planId: task.plan_id } : null,
    parent: parent
      ? {
          id: parent.id,
          title: parent.title,
          organiser: { id: parent.body_id, name: parent.name, kind: parent.kind },
        }
      : null,
    canManage: manages,
    countsOpen: countRefusal({ status: event.status, startsOn: event.starts_on }, today) === null,
    countableBodies: countable,
    invitations: shownInvitations.map((i) => ({
      body: brief({ id: i.body_id, name: i.name, kind: i.kind }),
      response: i.response,
      attendeesExpected: i.attendees_expected,
      respondedAt: i.responded_at?.toISOString() ?? null,
      canRespond: can(ctx.actor, 'manageEvents', i.path),
    })),
    counts: counts
      .filter((c) => reads(c.path))
      .map((c) => ({
        body: brief(c),
        audience: c.audience,
        attended: c.attended,
        updatedAt: c.updated_at.toISOString(),
      })),
    models: models.map((m) => ({
      id: m.id,
      title: m.title,
      presenterKind: m.presenter_kind,
      presenterBody:
        m.presenter_body_id && m.presenter_body_name && m.presenter_body_kind
          ? { id: m.presenter_body_id, name: m.presenter_body_name, kind: m.presenter_body_kind }
          : null,
      presenterName: m.presenter_name,
      description: m.description,
      hasPhoto: m.photo_file_id !== null,
      createdAt: m.created_at.toISOString(),
    })),
    coverage: coverage.map((c) => ({
      output: {
        id: c.id,
        title: c.title,
        kind: c.kind,
        url: c.url,
        publishedOn: c.published_on,
        channelName: c.channel_name,
        body: { id: c.body_id, name: c.body_name, kind: c.body_kind },
      },
      addedAt: c.added_at.toISOString(),
    })),
    children: shownChildren.map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status,
      startsOn: c.starts_on,
      endsOn: c.ends_on,
      organiser: { id: c.organiser_body_id, name: c.name, kind: c.kind },
    })),
    completeness,
    createdAt: event.created_at.toISOString(),
  };
}
