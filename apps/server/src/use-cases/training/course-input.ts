import { listBodiesByIds } from '@lantoa/db';
import { type Audience, type CourseKind, can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';

/** A course or briefing as its organiser sets it up. */
export interface CourseInput {
  kind: CourseKind;
  topic: string;
  audiences: Audience[];
  startsOn: string;
  endsOn: string;
  place?: string | undefined;
  onlineLink?: string | undefined;
  /** The plan task the course carries out, if any. */
  taskId?: string | null | undefined;
  /** Each invited body and how many people it is asked to send (a briefing: to expect). */
  quotas: { bodyId: string; quota: number }[];
}

/** The course's columns, or what is wrong with the set-up, in Vietnamese. */
export function courseColumns(input: CourseInput) {
  const topic = input.topic.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!topic) throw new AppError('invalid_input', 'Hãy nhập chủ đề lớp tập huấn, hội nghị.', 'topic');
  if (input.endsOn < input.startsOn) {
    throw new AppError(
      'invalid_input',
      'Ngày kết thúc không được trước ngày bắt đầu. Hãy sửa lại ngày.',
      'endsOn',
    );
  }
  if (input.audiences.length === 0) {
    throw new AppError('invalid_input', 'Hãy chọn ít nhất một đối tượng tham dự.', 'audiences');
  }
  const onlineLink = (input.onlineLink ?? '').trim();
  if (onlineLink && !/^https?:\/\//i.test(onlineLink)) {
    throw new AppError(
      'invalid_input',
      'Đường dẫn trực tuyến phải bắt đầu bằng http:// hoặc https://.',
      'onlineLink',
    );
  }
  return {
    kind: input.kind,
    topic,
    audiences: [...new Set(input.audiences)],
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    place: (input.place ?? '').normalize('NFC').trim(),
    online_link: onlineLink,
    task_id: input.taskId ?? null,
  };
}

/** The invited bodies: each once, each one the organiser can see (it asks them by name). */
export async function checkedQuotas(ctx: Context, quotas: CourseInput['quotas']) {
  const ids = quotas.map((q) => q.bodyId);
  if (new Set(ids).size !== ids.length) {
    throw new AppError(
      'invalid_input',
      'Mỗi đơn vị chỉ được giao chỉ tiêu cử người một lần. Hãy bỏ dòng trùng.',
      'quotas',
    );
  }
  const bodies = await listBodiesByIds(ctx.db, ids);
  const readable = new Set(bodies.filter((b) => can(ctx.actor, 'readBody', b.path)).map((b) => b.id));
  const unknown = ids.find((id) => !readable.has(id));
  if (unknown) {
    throw new AppError(
      'invalid_input',
      'Có đơn vị được mời không tìm thấy hoặc ngoài phạm vi của bạn. Hãy chọn lại đơn vị.',
      'quotas',
    );
  }
  return quotas;
}
