import { formatIsoDate, occurrenceState, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, staleVersion } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { carryLinkedWork } from './carry-linked-work.ts';
import { loadOccurrenceForUpdate } from './load-assignment.ts';

/**
 * A focal point records progress on one occurrence: a note and, when done, the completion date.
 * `version` guards against two people overwriting each other. Progress on a task linked to a task
 * of the plan above is carried up to the body's assignment there, in the same transaction; an
 * occurrence carried that way is recorded below, never here (one entry for one piece of work).
 */
export async function recordProgress(
  ctx: Context,
  occurrenceId: string,
  input: { note?: string | null | undefined; completedOn?: string | null | undefined; version: number },
) {
  const { occurrence, assignment } = await loadOccurrenceForUpdate(ctx, occurrenceId);
  // Checked here as well as in the update: the audit's "before" (from which closed periods read their
  // figures) must be the row this change replaces.
  if (occurrence.version !== input.version) throw staleVersion('Tiến độ');
  if (occurrence.carried) {
    throw new AppError(
      'conflict',
      'Tiến độ kỳ hạn này lấy từ nhiệm vụ tương ứng trong kế hoạch của đơn vị. Hãy cập nhật tiến độ ở nhiệm vụ đó (mục “Thực hiện qua kế hoạch của đơn vị”).',
    );
  }
  const today = vietnamToday();
  if (input.completedOn && input.completedOn > today) {
    throw new AppError(
      'invalid_input',
      'Ngày hoàn thành không thể ở tương lai. Hãy chọn ngày hôm nay hoặc trước đó.',
      'completedOn',
    );
  }
  const planStart = `${assignment.plan.start_year}-01-01`;
  if (input.completedOn && input.completedOn < planStart) {
    throw new AppError(
      'invalid_input',
      `Ngày hoàn thành phải từ ${formatIsoDate(planStart)}, năm kế hoạch bắt đầu. Hãy kiểm tra lại ngày.`,
      'completedOn',
    );
  }
  const next = {
    note: input.note === undefined ? occurrence.note : input.note?.trim().normalize('NFC') || null,
    completed_on: input.completedOn === undefined ? occurrence.completed_on : input.completedOn,
  };
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await updateVersioned(trx, {
      table: 'occurrences',
      id: occurrenceId,
      version: input.version,
      what: 'Tiến độ',
      set: { ...next, updated_by: ctx.actor.userId, updated_at: new Date() },
      audit: (row) => ({
        actorId: ctx.actor.userId,
        bodyId: assignment.row.body_id,
        action: 'occurrence.progress',
        entityType: 'occurrence',
        before: { note: occurrence.note, completedOn: occurrence.completed_on },
        after: { note: row.note, completedOn: row.completed_on },
      }),
    });
    await carryLinkedWork(trx, [assignment.row.parent_task_id], ctx.actor.userId);
    return {
      id: updated.id,
      note: updated.note,
      completedOn: updated.completed_on,
      state: occurrenceState({ dueOn: updated.due_on, completedOn: updated.completed_on }, today),
      version: updated.version,
    };
  });
}
