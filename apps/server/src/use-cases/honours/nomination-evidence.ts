import {
  countWork,
  emptyEvidence,
  evidenceDay,
  type NominationEvidence,
  occurrenceState,
} from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { assignmentsInForce } from '../../rows/assignments.ts';
import { broadcastReach } from '../reports/indicator-values.ts';
import { audienceMeasures } from '../training/audience-measures.ts';

/**
 * The evidence the product holds of the bodies under `path` for a year, read at `evidenceDay` (today
 * within the year, its last day after it), as a nomination keeps it:
 * - the due dates in the year of the work given to the bodies, each once in its state (they add up
 *   to the total); a due date carried up from a plan below is counted there, not twice;
 * - outputs of the register published in the year;
 * - trainings and briefings the bodies organised that ended in the year, and their people trained
 *   and informed (audienceMeasures, the computed indicators' reading);
 * - events held in the year;
 * - the loudspeaker stations' bulletins aired in the year, and the listeners of the stations that
 *   aired over all their listeners (the indicator broadcast_reach's reading of the year).
 * A year not begun has nothing yet: its evidence is empty.
 */
export async function nominationEvidence(
  ctx: Context,
  q: { path: string; year: number; today: string },
): Promise<NominationEvidence> {
  const asOf = evidenceDay(q.year, q.today);
  if (!asOf) return emptyEvidence(q.year, `${q.year}-01-01`);
  const from = `${q.year}-01-01`;
  const within = `${q.path}%`;
  const { db } = ctx;
  const [dueDates, outputs, courses, measures, events, stations, reach] = await Promise.all([
    assignmentsInForce(db)
      .innerJoin('occurrences as o', 'o.assignment_id', 'a.id')
      .select(['a.task_id', 'o.due_on', 'o.completed_on'])
      .where('b.path', 'like', within)
      .where('o.due_on', '>=', from)
      .where('o.due_on', '<=', `${q.year}-12-31`)
      .where('o.carried', '=', false)
      .execute(),
    db
      .selectFrom('outputs as o')
      .innerJoin('bodies as b', 'b.id', 'o.body_id')
      .select((eb) => [
        eb.fn.countAll<number>().as('total'),
        eb.fn.count<number>('o.id').filterWhere('o.about_local', '=', true).as('about_local'),
        eb.fn.count<number>('o.id').filterWhere('o.is_public', '=', true).as('public'),
      ])
      .where('b.path', 'like', within)
      .where('o.published_on', '>=', from)
      .where('o.published_on', '<=', asOf)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('courses as c')
      .innerJoin('bodies as b', 'b.id', 'c.organiser_body_id')
      .select((eb) => [
        eb.fn.count<number>('c.id').filterWhere('c.kind', '=', 'training').as('trainings'),
        eb.fn.count<number>('c.id').filterWhere('c.kind', '=', 'briefing').as('briefings'),
      ])
      .where('b.path', 'like', within)
      .where('c.ends_on', '>=', from)
      .where('c.ends_on', '<=', asOf)
      .executeTakeFirstOrThrow(),
    audienceMeasures(db, { path: q.path, to: asOf }),
    db
      .selectFrom('events as e')
      .innerJoin('bodies as b', 'b.id', 'e.organiser_body_id')
      .select((eb) => eb.fn.countAll<number>().as('held'))
      .where('b.path', 'like', within)
      .where('e.status', '=', 'held')
      .where('e.year', '=', q.year)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('broadcast_stations as s')
      .innerJoin('bodies as b', 'b.id', 's.body_id')
      .leftJoin('broadcast_log as l', (join) =>
        join
          .onRef('l.station_id', '=', 's.id')
          .on('l.aired_at', '>=', new Date(`${from}T00:00:00+07:00`))
          .on('l.aired_at', '<', dayAfter(asOf)),
      )
      .select((eb) => [
        eb.fn.count<number>('s.id').distinct().as('stations'),
        eb.fn.count<number>('l.id').as('airings'),
      ])
      .where('b.path', 'like', within)
      .executeTakeFirstOrThrow(),
    broadcastReach(ctx, { dataFrom: from, dataTo: asOf, path: q.path, asOf: null }),
  ]);

  // Each due date is its own unit, in one state.
  const dueStates = dueDates.flatMap((due) =>
    due.due_on ? [[occurrenceState({ dueOn: due.due_on, completedOn: due.completed_on }, asOf)]] : [],
  );
  const people = measures.reduce(
    (sum, m) => ({
      counted: sum.counted + m.denominator,
      trained: sum.trained + m.trained,
      informed: sum.informed + m.informed,
    }),
    { counted: 0, trained: 0, informed: 0 },
  );
  return {
    year: q.year,
    asOf,
    tasks: countWork(dueStates),
    outputs: {
      total: Number(outputs.total),
      aboutLocal: Number(outputs.about_local),
      public: Number(outputs.public),
    },
    courses: { trainings: Number(courses.trainings), briefings: Number(courses.briefings) },
    people,
    events: { held: Number(events.held) },
    broadcast: {
      stations: Number(stations.stations),
      airings: Number(stations.airings),
      listenersReached: reach.numerator,
      listeners: reach.denominator,
    },
  };
}

/** The first instant after a Vietnam calendar day. */
const dayAfter = (iso: string): Date => new Date(Date.parse(`${iso}T00:00:00+07:00`) + 86_400_000);
