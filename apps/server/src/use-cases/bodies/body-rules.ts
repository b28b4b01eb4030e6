import type { Database } from '@lantoa/db';
import type { BodyKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';

/** Provinces and communes come from the official list; the country root is unique. */
export function assertKindAllowed(kind: BodyKind, code: string | null | undefined) {
  if (kind === 'country' || kind === 'province') {
    throw new AppError(
      'invalid_input',
      'Không thể thêm tỉnh hoặc quốc gia bằng tay: dùng lệnh nhập danh mục hành chính.',
      'kind',
    );
  }
  if (kind === 'commune' && code && !/^\d{5}$/.test(code)) {
    throw new AppError('invalid_input', 'Mã xã, phường gồm đúng 5 chữ số theo danh mục hành chính.', 'code');
  }
}

export async function assertCodeFree(trx: Kysely<Database>, code: string | null, exceptId: string | null) {
  if (!code) return;
  const other = await trx.selectFrom('bodies').select('id').where('code', '=', code).executeTakeFirst();
  if (other && other.id !== exceptId) {
    throw new AppError('conflict', `Mã ${code} đã được dùng cho đơn vị khác. Hãy kiểm tra lại mã.`, 'code');
  }
}
