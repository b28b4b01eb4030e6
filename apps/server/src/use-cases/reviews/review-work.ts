import { occurrenceState } from '@lantoa/domain';
import type { ReviewTaskYear } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { activeOccurrences, assignmentsInForce } from '../../rows/assignments.ts';

// What a review says of a plan's work: the parts (a body's share of a task, due once) due in each
// year by where they stand, the bodies that did theirs on time most often, and the tasks that go on
// into the next year without a due date of their own there.

/** Bodies named as the best on time when nobody was honoured. */
const BEST_BODIES = 5;

/**
 * The work due in each year of `years`, by where it stands `today`, and how many tasks it belongs to
 * in each year and over all of them.
 */
export async function workByYear(
  ctx: Context,
  planId: string,
  years: readonly number[],
  today: string,
): Promise<{ rows: ReviewTaskYear[]; tasks: Map<number, number>; allTasks: number }> {
  const first = years[0] as number;
  const last = years.at(-1) as number;
  // One row per task, due day and completion: a few hundred rows for thousands of parts.
  const groups = await activeOccurrences(ctx.db)
    .select(['t.id as task_id', 'o.due_on', 'o.completed_on'])
    .select((eb) => eb.fn.countAll<number>().as('parts'))
    .where('t.plan_id', '=', planId)
    .where('o.due_on', '>=', `${first}-01-01`)
    .where('o.due_on', '<=', `${last}-12-31`)
    .groupBy(['t.id', 'o.due_on', 'o.completed_on'])
    .execute();
  const rows = new Map<number, ReviewTaskYear>(
    years.map((year) => [year, { year, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0 }]),
  );
  const tasks = new Map<number, Set<string>>();
  const key = {
    done_on_time: 'doneOnTime',
    done_late: 'doneLate',
    in_progress: 'inProgress',
    overdue: 'overdue',
  } as const;
  for (const g of groups) {
    const year = Number(g.due_on.slice(0, 4));
    const row = rows.get(year);
    if (!row) continue;
    row[key[occurrenceState({ dueOn: g.due_on, completedOn: g.completed_on }, today)]] += Number(g.parts);
    const set = tasks.get(year) ?? new Set<string>();
    set.add(g.task_id);
    tasks.set(year, set);
  }
  return {
    rows: [...rows.values()],
    tasks: new Map([...tasks].map(([year, set]) => [year, set.size])),
    allTasks: new Set(groups.map((g) => g.task_id)).size,
  };
}

/** A body's parts due so far in the years and how many it did on time. */
export interface BodyOnTime {
  name: string;
  due: number;
  onTime: number;
}

/**
 * The bodies that did their parts on time most often in the years (of the parts due by `today`:
 * done, or overdue), the best first; a body with nothing on time is not among them.
 */
export async function bestOnTime(
  ctx: Context,
  planId: string,
  years: readonly number[],
  today: string,
): Promise<BodyOnTime[]> {
  const rows = await activeOccurrences(ctx.db)
    .select(['b.id', 'b.name'])
    .select((eb) => [
      eb.fn.countAll<number>().as('due'),
      eb.fn
        .countAll<number>()
        .filterWhere((f) =>
          f.and([f('o.completed_on', 'is not', null), f('o.completed_on', '<=', f.ref('o.due_on'))]),
        )
        .as('on_time'),
    ])
    .where('t.plan_id', '=', planId)
    .where('o.due_on', '>=', `${years[0]}-01-01`)
    .where('o.due_on', '<=', `${years.at(-1)}-12-31`)
    .where((eb) => eb.or([eb('o.completed_on', 'is not', null), eb('o.due_on', '<', today)]))
    .groupBy(['b.id', 'b.name'])
    .execute();
  return rows
    .map((r) => ({ name: r.name, due: Number(r.due), onTime: Number(r.on_time) }))
    .filter((r) => r.onTime > 0)
    .sort(
      (a, b) => b.onTime / b.due - a.onTime / a.due || b.due - a.due || a.name.localeCompare(b.name, 'vi'),
    )
    .slice(0, BEST_BODIES);
}

interface Timeframe {
  continuous?: boolean;
  yearly?: boolean;
  years?: number[];
}

/**
 * The tasks that go on through `year` ("thường xuyên", "hằng năm") without work due in it, as the
 * next year's tasks list them: "- III.1. … (thường xuyên; chủ trì: …)". A task bound to earlier
 * years only ("thường xuyên trong năm 2026") has ended.
 */
export async function ongoingTasks(ctx: Context, planId: string, year: number): Promise<string[]> {
  const rows = await assignmentsInForce(ctx.db)
    .select(['t.id', 't.ref', 't.title', 't.timeframe', 'a.role', 'b.name'])
    .where('t.plan_id', '=', planId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('occurrences as o')
            .innerJoin('assignments as due', 'due.id', 'o.assignment_id')
            .select('o.id')
            .whereRef('due.task_id', '=', 't.id')
            .where('o.due_on', '>=', `${year}-01-01`)
            .where('o.due_on', '<=', `${year}-12-31`),
        ),
      ),
    )
    .orderBy('t.position')
    .orderBy('b.name')
    .execute();
  const tasks = new Map<string, { name: string; how: string; leads: string[]; all: string[] }>();
  for (const r of rows) {
    const frame = (r.timeframe ?? {}) as Timeframe;
    if (!frame.continuous && !frame.yearly) continue;
    if (frame.years?.length && !frame.years.some((y) => y >= year)) continue;
    const task = tasks.get(r.id) ?? {
      name: r.ref ? `${r.ref}. ${r.title}` : r.title,
      how: frame.continuous ? 'thường xuyên' : 'hằng năm',
      leads: [],
      all: [],
    };
    if (r.role === 'lead') task.leads.push(r.name);
    task.all.push(r.name);
    tasks.set(r.id, task);
  }
  return [...tasks.values()].map((t) => {
    const names = [...new Set(t.leads.length ? t.leads : t.all)];
    const shown =
      names.length > 3
        ? `${names.slice(0, 2).join('; ')} và ${names.length - 2} đơn vị khác`
        : names.join('; ');
    return `- ${t.name} (${t.how}${shown ? `; chủ trì: ${shown}` : ''}).`;
  });
}
