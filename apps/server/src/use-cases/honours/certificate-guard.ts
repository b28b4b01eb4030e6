import { AppError } from '../../http/errors.ts';
import type { NominationRow } from './nomination-row.ts';

/** Only an approved nomination for a certificate of merit has one (409 saying why). */
export function checkCertifiable(row: Pick<NominationRow, 'status' | 'honour_form'>) {
  if (row.status !== 'approved') {
    throw new AppError(
      'conflict',
      'Hồ sơ chưa được duyệt khen thưởng nên chưa cấp giấy khen. Hãy ghi quyết định khen thưởng trước.',
    );
  }
  if (row.honour_form !== 'certificate_of_merit') {
    throw new AppError(
      'conflict',
      'Hồ sơ này đề nghị cấp trên khen thưởng: giấy khen không do đơn vị cấp. Hãy gửi hồ sơ lên cấp trên theo quyết định đã ghi.',
    );
  }
}
