import type { ExtractTask, PlanExtract } from '../../api/types.ts';

type Responsibility = PlanExtract['responsibilities'][number];

/** Where a task made from a duty comes from: "TCTH.2.1", the first duty of the second body under "Tổ chức thực hiện". */
export const dutyRef = (body: number, duty: number): string => `TCTH.${body + 1}.${duty + 1}`;

/** A title stays a title: the first clause of a duty, cut there if it runs on. */
const TITLE_MAX = 500;

/**
 * A duty of "Tổ chức thực hiện" as a task of the draft: led by the body it is written for, titled by
 * its first clause ("chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch"), with no partner or time
 * until the reviewer gives them.
 */
export function dutyTask(responsibility: Responsibility, body: number, duty: number): ExtractTask {
  const text = (responsibility.duties[duty] ?? '').trim();
  const clause =
    text
      .split(/;\s+|\.\s+(?=\p{Lu})/u)[0]
      ?.replace(/[.;:,]+$/u, '')
      .trim() || text;
  return {
    ref: dutyRef(body, duty),
    title: (clause.charAt(0).toLocaleUpperCase('vi') + clause.slice(1)).slice(0, TITLE_MAX),
    lead: [responsibility.agency],
    partners: [],
    timeframe: null,
  };
}

/** The draft's tasks with the given duties added as tasks, each once, after the tasks it has. */
export function withDutyTasks(
  extract: PlanExtract,
  duties: readonly { body: number; duty: number }[],
): ExtractTask[] {
  const refs = new Set(extract.tasks.map((t) => t.ref));
  const added = duties
    .filter(({ body, duty }) => !refs.has(dutyRef(body, duty)))
    .flatMap(({ body, duty }) => {
      const responsibility = extract.responsibilities[body];
      return responsibility ? [dutyTask(responsibility, body, duty)] : [];
    });
  return [...extract.tasks, ...added];
}
