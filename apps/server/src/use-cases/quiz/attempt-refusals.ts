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
