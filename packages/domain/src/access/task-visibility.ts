import { type Actor, can } from './policy.ts';

/** Where a task sits: the body that issued its plan and the bodies that lead it. */
export interface TaskPlacement {
  planIssuerPath: string;
  leadBodyPaths: readonly string[];
}

/**
 * True when the actor follows the whole task, every assigned body's progress included: the plan's
 * issuing side (it asked for the work) and the task's leads (they coordinate their partners).
 */
export function followsWholeTask(actor: Actor, task: TaskPlacement): boolean {
  return (
    can(actor, 'readBody', task.planIssuerPath) ||
    task.leadBodyPaths.some((path) => can(actor, 'readBody', path))
  );
}

/**
 * May the actor see the progress, notes and evidence recorded on this assignment? Its own bodies'
 * always; a partner's only when the actor follows the whole task. A partner commune never reads
 * another partner's notes: each reports to the lead, not to its neighbours.
 */
export function seesAssignmentProgress(actor: Actor, task: TaskPlacement, assignedBodyPath: string): boolean {
  return can(actor, 'readBody', assignedBodyPath) || followsWholeTask(actor, task);
}
