import {
  FEEDBACK_STATUS_NAMES,
  type FeedbackStatus,
  type FeedbackStep,
  feedbackStepAllowed,
} from '@lantoa/domain';
import { AppError } from '../../http/errors.ts';

/** What each step needs, said to the person who tried it on an item in the wrong state. */
const NEEDS: Record<FeedbackStep, string> = {
  route: 'Chỉ chuyển được phản ánh chưa được trả lời.',
  answer: 'Chỉ trả lời được phản ánh đã được chuyển đến đơn vị và chưa công khai.',
  publish: 'Chỉ công khai được phản ánh đã có câu trả lời.',
  reject: 'Phản ánh đã công khai hoặc đã không tiếp nhận thì không thể từ chối nữa.',
};

/** The state guard of every step on an item (the rule in @lantoa/domain): 409 saying what to do. */
export function checkFeedbackStep(status: FeedbackStatus, step: FeedbackStep): void {
  if (feedbackStepAllowed(status, step)) return;
  throw new AppError(
    'conflict',
    `Phản ánh đang ở trạng thái “${FEEDBACK_STATUS_NAMES[status]}”. ${NEEDS[step]} Hãy tải lại trang.`,
  );
}
