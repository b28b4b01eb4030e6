import {
  countStates,
  KEY_DAY_CODES,
  KEY_DAY_NAMES,
  KEY_DAYS,
  occurrenceState,
  vietnamToday,
} from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { activeOccurrences } from '../../rows/assignments.ts';
import { loadReadableBody } from '../bodies/get-body.ts';
import { visibleAssignment } from './visible-assignments.ts';

/** The key days every plan hangs activities on (the events' list), added to the plans' own events. */
const NATIONAL_DAYS = KEY_DAY_CODES.map((code) => ({ ...KEY_DAYS[code], name: KEY_DAY_NAMES[code] }));

const QUARTER_MONTHS = { 1: [1, 3], 2: [4, 6], 3: [7, 9], 4: [10, 12] } as Record<number, [number, number]>;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Due dates between `from` and `to` of the tasks the actor follows, one entry per task and date
 * with the count of bodies in each state; the key days of those years; and campaign peaks as ranges.
 */
export async function listCalendar(
  ctx: Context,
  range: { from: string; to: string; bodyId?: string | undefined },
) {
  const today = vietnamToday();
  let query = activeOccurrences(ctx.db)
    .select([
      'o.due_on',
      'o.label',
      'o.completed_on',
      't.id as task_id',
      't.ref',
      't.title',
      'p.id as plan_id',
      'p.number',
      'a.id as assignment_id',
    ])
    .where('o.due_on', '>=', range.from)
    .where('o.due_on', '<=', range.to)
    .where((eb) => visibleAssignment(ctx, eb));
  if (range.bodyId) {
    const body = await loadReadableBody(ctx, range.bodyId);
    query = query.where('b.path', 'like', `${body.path}%`);
  }
  const rows = await query.orderBy('o.due_on').execute();
  const entries = new Map<
    string,
    {
      dueOn: string;
      label: string;
      task: { id: string; ref: string; title: string };
      plan: { id: string; number: string | null };
      assignmentId: string;
      states: ReturnType<typeof occurrenceState>[];
    }
  >();
  for (const r of rows) {
    const key = `${r.task_id}|${r.due_on}`;
    const entry = entries.get(key) ?? {
      dueOn: r.due_on,
      label: r.label,
      task: { id: r.task_id, ref: r.ref, title: r.title },
      plan: { id: r.plan_id, number: r.number },
      assignmentId: r.assignment_id,
      states: [],
    };
    entry.states.push(occurrenceState({ dueOn: r.due_on, completedOn: r.completed_on }, today));
    entries.set(key, entry);
  }

  const fromYear = Number(range.from.slice(0, 4));
  const toYear = Number(range.to.slice(0, 4));
  const plans = await ctx.db
    .selectFrom('plans as p')
    .innerJoin('tasks as t', 't.plan_id', 'p.id')
    .select(['p.id', 'p.extract', 't.id as task_id', 't.title', 't.timeframe'])
    .where('p.id', 'in', [
      ...new Set([...entries.values()].map((e) => e.plan.id)),
      '00000000-0000-0000-0000-000000000000',
    ])
    .execute();
  const keyDays = new Map<string, { date: string; name: string }>();
  const events = [
    ...NATIONAL_DAYS,
    ...plans.flatMap((p) => (p.extract as { events?: typeof NATIONAL_DAYS } | null)?.events ?? []),
  ];
  for (let year = fromYear; year <= toYear; year++) {
    for (const e of events) {
      const date = iso(year, e.month, e.day);
      if (date >= range.from && date <= range.to && !keyDays.has(date))
        keyDays.set(date, { date, name: e.name });
    }
  }
  const peaks: { from: string; to: string; taskId: string; title: string }[] = [];
  for (const p of plans) {
    const tf = p.timeframe as { peaks?: { quarters?: number[]; months?: number[] } } | null;
    for (let year = fromYear; year <= toYear; year++) {
      const spans = [
        ...(tf?.peaks?.quarters ?? [])
          .map((q) => QUARTER_MONTHS[q])
          .filter((s): s is [number, number] => !!s),
        ...(tf?.peaks?.months ?? []).map((m) => [m, m] as [number, number]),
      ];
      for (const [m1, m2] of spans) {
        peaks.push({
          from: iso(year, m1, 1),
          to: iso(year, m2, lastDay(year, m2)),
          taskId: p.task_id,
          title: p.title,
        });
      }
    }
  }
  return {
    today,
    items: [...entries.values()].map(({ states, ...e }) => ({
      ...e,
      bodies: states.length,
      counts: countStates(states),
    })),
    keyDays: [...keyDays.values()].sort((a, b) => a.date.localeCompare(b.date)),
    peaks: peaks.filter((p) => p.to >= range.from && p.from <= range.to),
  };
}
