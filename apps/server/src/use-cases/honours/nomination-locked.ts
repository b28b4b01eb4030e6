import { isNominationDecided, NOMINATION_STATUS_NAMES, type NominationStatus } from '@lantoa/domain';
import { AppError } from '../../http/errors.ts';

/** A decided nomination is closed: its record is what the decision was made on (409 with what to do). */
export function checkNominationOpen(row: { status: NominationStatus; year: number }) {
  if (!isNominationDecided(row.status)) return;
  const verdict = NOMINATION_STATUS_NAMES[row.status].toLocaleLowerCase('vi');
  throw new AppError(
    'conflict',
    row.status === 'rejected'
      ? `Hồ sơ đã được xét (${verdict}) nên không sửa được nữa. Nếu cần đề nghị lại, hãy lập hồ sơ mới cho năm ${row.year}.`
      : `Hồ sơ đã được xét (${verdict}) nên không sửa được nữa. Hãy tải lại trang để xem quyết định.`,
  );
}
