import {
  MISINFORMATION_STATUS_NAMES,
  type MisinformationStatus,
  type MisinformationStep,
  misinformationStepAllowed,
} from '@lantoa/domain';
import { AppError } from '../../http/errors.ts';

/** What each step needs, said to the person who tried it on a case in the wrong state. */
const NEEDS: Record<MisinformationStep, string> = {
  assign: 'Chỉ giao xử lý được khi vụ việc chưa có kết quả xử lý.',
  triage: 'Chỉ đánh giá được khi vụ việc chưa có kết quả xử lý.',
  respond: 'Hãy đánh giá (phân loại) vụ việc trước khi ghi kết quả xử lý.',
  bulletin: 'Hãy công bố tin cải chính (ghi kết quả xử lý) trước khi phát bản tin ưu tiên.',
  close: 'Vụ việc đã đóng.',
};

/** The state guard of every step on a case (the rule in @lantoa/domain): 409 saying what to do. */
export function checkCaseStep(status: MisinformationStatus, step: MisinformationStep): void {
  if (misinformationStepAllowed(status, step)) return;
  throw new AppError(
    'conflict',
    `Vụ việc đang ở trạng thái “${MISINFORMATION_STATUS_NAMES[status]}”. ${NEEDS[step]}`,
  );
}
