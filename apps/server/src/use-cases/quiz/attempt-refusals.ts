import { answerCutoff } from '@lantoa/domain';
import { AppError } from '../../http/errors.ts';

// What a participant is told when the contest refuses an attempt, an answer or a submission.

/** An organiser (by citizen ID) may not take part. */
export const excludedFromContest = () =>
  new AppError(
    'conflict',
    'Thành viên ban tổ chức không được dự thi. Nếu có nhầm lẫn, hãy liên hệ ban tổ chức.',
  );

/** The round has settled: nothing more is taken for it. */
export const roundOver = () =>
  new AppError('conflict', 'Vòng thi đã kết thúc: không nhận thêm câu trả lời hay bài nộp của vòng này.');

/**
 * Why an answer to this attempt is refused at `now`, or null: it was submitted, or its deadline (cut
 * at the round's close) and the grace are over.
 */
export function answerRefusal(
  attempt: { submitted_at: Date | null; deadline_at: Date },
  roundClosesAt: number,
  now: Date,
): AppError | null {
  if (attempt.submitted_at)
    return new AppError('conflict', 'Lượt thi đã nộp bài, không sửa được câu trả lời.');
  if (now.getTime() <= answerCutoff(attempt.deadline_at.getTime(), roundClosesAt)) return null;
  if (now.getTime() > roundClosesAt) return roundOver();
  return new AppError('conflict', 'Đã hết thời gian làm bài. Câu trả lời này không được tính; hãy nộp bài.');
}
