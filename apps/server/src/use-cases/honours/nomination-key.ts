import { sql } from 'kysely';
import { AppError } from '../../http/errors.ts';

// The key a nominee is nominated once under (0027's honour_nominations_once_key): a year, a body (or
// a person of it, by name whatever its case) and a form of honour, among the nominations not rejected.

/** The unique index's expression and predicate, for `on conflict … do nothing`. */
export const ONCE_KEY = {
  columns: sql`year, nominee_body_id, honour_form, (coalesce(lower(person_name), ''))`,
  predicate: sql<boolean>`status <> 'rejected'`,
};

/** The refusal of a second nomination of the same nominee, form and year. */
export const alreadyNominated = (year: number) =>
  new AppError(
    'conflict',
    `Đối tượng này đã có hồ sơ đề nghị cùng hình thức khen thưởng trong năm ${year} (đang chờ xét hoặc đã được khen). Hãy mở hồ sơ đã có trong danh sách đề nghị khen thưởng thay vì lập hồ sơ mới.`,
  );

/**
 * Whether an update failed on the key (another nomination holds it since the check): the database's
 * unique violation, the only one a nomination's update can meet.
 */
export function isOnceKeyTaken(error: unknown): boolean {
  for (let at = error, depth = 0; at && depth < 3; at = (at as { cause?: unknown }).cause, depth++) {
    if ((at as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
