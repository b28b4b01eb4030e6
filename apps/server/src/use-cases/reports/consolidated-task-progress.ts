import { addDays, countStates, formatIsoDate, type OccurrenceState, occurrenceState } from '@lantoa/domain';
import type { TaskProgressRow } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { activeOccurrences } from '../../rows/assignments.ts';

// What the consolidated report says of a plan's tasks: a row per task with work due in the period
// (the bodies behind it, its due dates, where it stands), and the tasks due in the period after it.

/** Bodies named in a row before the rest are counted: "A; B và 12 đơn vị khác". */
const NAMED_BODIES = 3;
/** Tasks listed for the next period before the rest are counted. */
const NEXT_TASKS = 30;

interface DueWork {
  task_id: string;
  ref: string;
  title: string;
  position: number;
  body_name: string;
  role: 'lead' | 'partner';
  due_on: string;
  completed_on: string | null;
}

/** The occurrences of a plan's tasks due between two days, with their task and body. */
function dueWork(ctx: Context, planId: string, from: string, to: string): Promise<DueWork[]> {
  return activeOccurrences(ctx.db)
    .select(['t.id as task_id', 't.ref', 't.title', 't.position', 'b.name as body_name', 'a.role'])
    .select(['o.due_on', 'o.completed_on'])
    .where('t.plan_id', '=', planId)
    .where('o.due_on', '>=', from)
    .where('o.due_on', '<=', to)
    .orderBy('t.position')
    .orderBy('b.name')
    .execute();
}

const taskName = (w: { ref: string; title: string }) => (w.ref ? `${w.ref}. ${w.title}` : w.title);

function namedBodies(work: DueWork[]): string {
  const leads = work.filter((w) => w.role === 'lead');
  const names = [...new Set((leads.length ? leads : work).map((w) => w.body_name))];
  if (names.length <= NAMED_BODIES) return names.join('; ');
  return `${names.slice(0, NAMED_BODIES - 1).join('; ')} và ${names.length - NAMED_BODIES + 1} đơn vị khác`;
}

function dueDates(work: DueWork[]): string {
  const days = work.map((w) => w.due_on).sort();
  const first = days[0] ?? '';
  const last = days.at(-1) ?? '';
  return first === last ? formatIsoDate(first) : `${formatIsoDate(first)} – ${formatIsoDate(last)}`;
}

const STATE_WORDS: Record<OccurrenceState, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  in_progress: 'Đang thực hiện trong hạn',
  overdue: 'Quá hạn, chưa hoàn thành',
};

/** Where a task stands: one state in words, or how many bodies' parts are in each. */
function stateOf(states: OccurrenceState[]): string {
  const counts = countStates(states);
  const present = (Object.keys(counts) as OccurrenceState[]).filter((s) => counts[s] > 0);
  if (present.length === 1 && present[0]) return STATE_WORDS[present[0]];
  return present.map((s) => `${STATE_WORDS[s]}: ${counts[s]}/${states.length}`).join('; ');
}

function byTask(work: DueWork[]): DueWork[][] {
  const tasks = new Map<string, DueWork[]>();
  for (const w of work) {
    const same = tasks.get(w.task_id);
    if (same) same.push(w);
    else tasks.set(w.task_id, [w]);
  }
  return [...tasks.values()];
}

/**
 * The period's task progress: the totals ("n nhiệm vụ, m phần việc của các đơn vị") and a row per
 * task, in the plan's order.
 */
export async function taskProgress(
  ctx: Context,
  planId: string,
  window: { from: string; to: string },
  today: string,
) {
  const work = await dueWork(ctx, planId, window.from, window.to);
  const stateOfWork = (w: DueWork) =>
    occurrenceState({ dueOn: w.due_on, completedOn: w.completed_on }, today);
  const tasks = byTask(work);
  const rows: TaskProgressRow[] = tasks.map((taskWork) => ({
    title: taskName(taskWork[0] as DueWork),
    bodies: namedBodies(taskWork),
    due: dueDates(taskWork),
    state: stateOf(taskWork.map(stateOfWork)),
  }));
  // What is left over carries into the next period: the tasks with parts overdue, and who owes them.
  const carriedOver = tasks.flatMap((taskWork) => {
    const late = taskWork.filter((w) => stateOfWork(w) === 'overdue');
    return late.length
      ? [
          `- Hoàn thành dứt điểm nhiệm vụ ${taskName(taskWork[0] as DueWork)} (còn quá hạn: ${namedBodies(late)}).`,
        ]
      : [];
  });
  return {
    tasks: tasks.length,
    parts: work.length,
    states: countStates(work.map(stateOfWork)),
    rows,
    carriedOver,
  };
}

/**
 * The tasks with work due in the period after this one (to the next period's end, or six months on):
 * "- II.3. Tổ chức … (chủ trì: …; hạn 30/6/2027)"; a plan ending with this period has none.
 */
export async function nextPeriodTasks(
  ctx: Context,
  planId: string,
  after: string,
  nextPeriodEnd: string | null,
): Promise<string[]> {
  const from = addDays(after, 1);
  const to = nextPeriodEnd ?? addDays(after, 183);
  const tasks = byTask(await dueWork(ctx, planId, from, to));
  const lines = tasks
    .slice(0, NEXT_TASKS)
    .map((w) => `- ${taskName(w[0] as DueWork)} (chủ trì: ${namedBodies(w)}; hạn ${dueDates(w)}).`);
  if (tasks.length > NEXT_TASKS) lines.push(`- Và ${tasks.length - NEXT_TASKS} nhiệm vụ khác theo Kế hoạch.`);
  return lines;
}
