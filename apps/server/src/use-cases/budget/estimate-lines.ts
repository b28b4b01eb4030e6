import type { Database } from '@lantoa/db';
import type { FundingSource } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors.ts';

/** A line as the body writes it (the contract's `budgetLineInput`, after its defaults). */
export interface LineInput {
  taskId: string | null;
  source: FundingSource;
  description: string;
  estimated: number;
}

/**
 * Refuses a line whose task is not one of `tasks` (the plan's tasks given to the body): a task of
 * another plan, another body or another province is answered like an id that does not exist.
 */
export function checkLineTasks(lines: readonly LineInput[], tasks: readonly { id: string }[]): void {
  const given = new Set(tasks.map((task) => task.id));
  if (lines.some((line) => line.taskId !== null && !given.has(line.taskId))) throw notFound('nhiệm vụ');
}

/** Writes a draft's lines in their order (the caller's transaction removed the old ones if any). */
export async function insertLines(trx: Kysely<Database>, estimateId: string, lines: readonly LineInput[]) {
  if (lines.length === 0) return;
  await trx
    .insertInto('budget_lines')
    .values(
      lines.map((line, position) => ({
        estimate_id: estimateId,
        task_id: line.taskId,
        source: line.source,
        description: line.description,
        estimated: line.estimated,
        position,
      })),
    )
    .execute();
}

/** What the audit keeps of a draft's lines. */
export const linesAudit = (lines: readonly LineInput[]) =>
  lines.map((line) => ({
    taskId: line.taskId,
    source: line.source,
    description: line.description,
    estimated: line.estimated,
  }));
