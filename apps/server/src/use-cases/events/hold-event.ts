import type { eventHold } from '@lantoa/api-contract/events';
import { formatIsoDate, holdRefusal, vietnamToday } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { getEvent } from './get-event.ts';
import { loadManagedEvent } from './load-event.ts';

/**
 * The organiser records that a planned event took place, with a short note of what came of it: not
 * before its first day (held means it happened).
 */
export async function holdEvent(
  ctx: Context,
  id: string,
  input: z.output<typeof eventHold>,
  now = new Date(),
) {
  const { event } = await loadManagedEvent(ctx, id);
  const refusal = holdRefusal({ status: event.status, startsOn: event.starts_on }, vietnamToday(now));
  if (refusal === 'not_planned') {
    throw new AppError(
      'conflict',
      event.status === 'held'
        ? 'Sự kiện đã được ghi nhận là đã tổ chức. Hãy sửa ghi chú kết quả nếu cần.'
        : 'Sự kiện đã hủy nên không ghi nhận tổ chức được.',
    );
  }
  if (refusal === 'not_started') {
    throw new AppError(
      'conflict',
      `Sự kiện chưa đến ngày tổ chức (${formatIsoDate(event.starts_on)}). Hãy ghi nhận kết quả từ ngày đó.`,
    );
  }
  await updateVersioned(ctx.db, {
    table: 'events',
    id,
    version: input.version,
    what: 'Sự kiện',
    set: { status: 'held', held_at: now, results_note: input.resultsNote },
    audit: (updated) => ({
      actorId: ctx.actor.userId,
      bodyId: event.organiser_body_id,
      action: 'event.hold',
      entityType: 'event',
      before: { status: event.status },
      after: { status: updated.status, resultsNote: updated.results_note },
    }),
  });
  return getEvent(ctx, id);
}
