import type { eventInput } from '@lantoa/api-contract/events';
import { eventYear, foldVietnamese } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { isTaskReadable } from '../plans/load-plan.ts';

/** An event as its form gives it (the contract's input, its defaults applied). */
export type EventFields = z.output<typeof eventInput>;

/** The folded text the list's search box looks in: title, place and programme. */
export const eventSearchText = (e: { title: string; place: string; programme: string }) =>
  foldVietnamese([e.title, e.place, e.programme].join(' '));

/** An event's columns as its form gives them, written alike when it is created and edited. */
export const eventColumns = (e: EventFields) => ({
  kind: e.kind,
  title: e.title,
  key_day: e.keyDay,
  year: eventYear(e.startsOn),
  starts_on: e.startsOn,
  ends_on: e.endsOn,
  place: e.place,
  programme: e.programme,
  task_id: e.taskId,
  search_text: eventSearchText(e),
});

/**
 * What is wrong with the form before anything is written: the end before the start (the database
 * would refuse it without naming the field), and a plan task the person cannot read (404, as for a
 * task that does not exist).
 */
export async function checkEventFields(ctx: Context, e: EventFields) {
  if (e.endsOn < e.startsOn) {
    throw new AppError(
      'invalid_input',
      'Ngày kết thúc không được trước ngày bắt đầu. Hãy sửa lại ngày.',
      'endsOn',
    );
  }
  if (eventYear(e.endsOn) !== eventYear(e.startsOn)) {
    throw new AppError(
      'invalid_input',
      'Một sự kiện diễn ra trong một năm. Hãy tách thành hai sự kiện nếu kéo dài sang năm sau.',
      'endsOn',
    );
  }
  if (e.taskId) {
    if (!(await isTaskReadable(ctx, e.taskId))) throw notFound('nhiệm vụ của kế hoạch');
  }
}
