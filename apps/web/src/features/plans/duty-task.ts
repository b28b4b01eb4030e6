import { dutyRef, dutyTitle } from '@lantoa/domain/constants';
import type { ExtractTask, PlanExtract } from '../../api/types.ts';

type Responsibility = PlanExtract['responsibilities'][number];

/**
 * A duty of "Tổ chức thực hiện" as a task of the draft: led by the body it is written for, titled by
 * its first clause ("Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch"), with no partner or time
 * until the reviewer gives them.
 */
export function dutyTask(responsibility: Responsibility, body: number, duty: number): ExtractTask {
  return {
    ref: dutyRef(body, duty),
    title: dutyTitle(responsibility.duties[duty] ?? ''),
    lead: responsibility.agency ? [responsibility.agency] : [],
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
