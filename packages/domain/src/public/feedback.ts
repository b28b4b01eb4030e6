// Citizens' feedback (phản ánh, kiến nghị; issue 17, item 4): what it is about, how far it has gone,
// why it was not taken in, and the deadline of the body that answers it. Closed lists with their
// Vietnamese names and small pure rules only: the web's constants entry point exports this file.

import { membersOf } from '../named-list.ts';
import { addDays } from '../time/vietnam.ts';

/** What a citizen's feedback is about (the public form's list). */
export const FEEDBACK_TOPIC_NAMES = {
  policy: 'Chủ trương, chính sách',
  public_services: 'Dịch vụ công, thủ tục hành chính',
  digital_transformation: 'Chuyển đổi số',
  science_technology: 'Khoa học và công nghệ',
  innovation: 'Đổi mới sáng tạo, khởi nghiệp',
  other: 'Nội dung khác',
} as const;
export type FeedbackTopic = keyof typeof FEEDBACK_TOPIC_NAMES;
export const FEEDBACK_TOPICS = membersOf(FEEDBACK_TOPIC_NAMES);

/** A feedback's life, as staff name it. */
export const FEEDBACK_STATUS_NAMES = {
  received: 'Mới tiếp nhận',
  routed: 'Đang giải quyết',
  answered: 'Đã trả lời',
  published: 'Đã công khai',
  rejected: 'Không tiếp nhận',
} as const;
export type FeedbackStatus = keyof typeof FEEDBACK_STATUS_NAMES;
export const FEEDBACK_STATUSES = membersOf(FEEDBACK_STATUS_NAMES);

/**
 * The status as the sender reads it on the follow-up page: plain words, what happens next. A
 * published item also has its answer on the site; a rejected one names the reason (not the note).
 */
export const FEEDBACK_PUBLIC_STATUS_NAMES = {
  received: 'Đã tiếp nhận, đang chờ chuyển đến cơ quan có trách nhiệm giải quyết',
  routed: 'Đang được giải quyết',
  answered: 'Đã có câu trả lời',
  published: 'Đã trả lời và được công khai trên trang',
  rejected: 'Không được tiếp nhận',
} as const satisfies Record<FeedbackStatus, string>;

/** Why a coordinator does not take an item in (moderation), with a note of their own. */
export const FEEDBACK_REJECT_REASON_NAMES = {
  spam: 'Tin rác, quảng cáo',
  abusive: 'Nội dung xúc phạm, thiếu văn hóa',
  out_of_scope: 'Không thuộc phạm vi tiếp nhận',
  duplicate: 'Trùng với phản ánh đã gửi',
} as const;
export type FeedbackRejectReason = keyof typeof FEEDBACK_REJECT_REASON_NAMES;
export const FEEDBACK_REJECT_REASONS = membersOf(FEEDBACK_REJECT_REASON_NAMES);

/**
 * The inbox's tabs: new, being handled (routed, within its deadline), overdue (routed, past it),
 * answered (waiting for publication), published, not taken in.
 */
export const FEEDBACK_VIEW_NAMES = {
  new: 'Mới',
  in_progress: 'Đang giải quyết',
  overdue: 'Quá hạn',
  answered: 'Đã trả lời',
  published: 'Đã công khai',
  rejected: 'Không tiếp nhận',
} as const;
export type FeedbackView = keyof typeof FEEDBACK_VIEW_NAMES;
export const FEEDBACK_VIEWS = membersOf(FEEDBACK_VIEW_NAMES);

/** The tab an item falls in (`today` in Vietnam). */
export function feedbackViewOf(status: FeedbackStatus, dueOn: string | null, today: string): FeedbackView {
  if (status === 'received') return 'new';
  if (status === 'routed') return isFeedbackOverdue(status, dueOn, today) ? 'overdue' : 'in_progress';
  return status;
}

/** How long an item has waited since it was sent, as the inbox filters them. */
export const FEEDBACK_AGE_NAMES = {
  week: 'Dưới 7 ngày',
  month: 'Từ 7 đến 30 ngày',
  older: 'Quá 30 ngày',
} as const;
export type FeedbackAge = keyof typeof FEEDBACK_AGE_NAMES;
export const FEEDBACK_AGES = membersOf(FEEDBACK_AGE_NAMES);

const DAY_MS = 86_400_000;
/** Where each age bucket starts, in days since the item was sent. */
const AGE_FROM_DAYS: Record<FeedbackAge, number> = { week: 0, month: 7, older: 30 };

/** The sent times an age bucket holds at `now`: after `after` (exclusive), at or before `until`. */
export function feedbackAgeRange(age: FeedbackAge, now: Date): { after?: Date; until?: Date } {
  const at = (days: number) => new Date(now.getTime() - days * DAY_MS);
  if (age === 'week') return { after: at(AGE_FROM_DAYS.month) };
  if (age === 'month') return { after: at(AGE_FROM_DAYS.older), until: at(AGE_FROM_DAYS.month) };
  return { until: at(AGE_FROM_DAYS.older) };
}

/** What staff do to an item, each audited under `feedback.<step>`. */
export type FeedbackStep = 'route' | 'answer' | 'publish' | 'reject';

/**
 * The statuses each step may start from. An item is routed (again, to another body) until it is
 * answered; the handler may correct the answer until it is published; publication may be corrected
 * once made (the texts shown); an item is refused at any time before it is published.
 */
const STEP_FROM: Record<FeedbackStep, readonly FeedbackStatus[]> = {
  route: ['received', 'routed'],
  answer: ['routed', 'answered'],
  publish: ['answered', 'published'],
  reject: ['received', 'routed', 'answered'],
};

/** May `step` be taken on an item in `status`? */
export function feedbackStepAllowed(status: FeedbackStatus, step: FeedbackStep): boolean {
  return STEP_FROM[step].includes(status);
}

/**
 * The last day the handler has to answer, counted in calendar days from the day it was routed
 * (weekends and holidays included, as the site's `feedbackDays` says).
 */
export const feedbackDueOn = (routedOn: string, days: number): string => addDays(routedOn, days);

/** Routed, not answered and past its last day (`today` in Vietnam). */
export const isFeedbackOverdue = (status: FeedbackStatus, dueOn: string | null, today: string): boolean =>
  status === 'routed' && dueOn !== null && dueOn < today;

/**
 * The reason and note of a refusal as the one `moderation_reason` column keeps them ("spam: quảng
 * cáo bán hàng"), and back. A text that starts with no known reason reads as "out of scope" with the
 * whole text as its note.
 */
export function moderationReasonText(reason: FeedbackRejectReason, note: string): string {
  return note.trim() ? `${reason}: ${note.trim()}` : reason;
}

export function readModerationReason(text: string): { reason: FeedbackRejectReason; note: string } | null {
  if (text === '') return null;
  const [head = '', ...rest] = text.split(':');
  const reason = FEEDBACK_REJECT_REASONS.find((r) => r === head.trim());
  return reason ? { reason, note: rest.join(':').trim() } : { reason: 'out_of_scope', note: text };
}
