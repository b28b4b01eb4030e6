import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';

/** An indicator as a coordinator defines it: labels, unit and a target per year. */
export interface IndicatorInput {
  name: string;
  numeratorLabel: string;
  denominatorLabel: string;
  unit: string;
  targets: { year: number; comparator: '=' | '>=' | '<='; value: number }[];
}

/** One target per year, said before anything is written. */
export function assertYears(targets: IndicatorInput['targets']) {
  if (new Set(targets.map((t) => t.year)).size !== targets.length) {
    throw new AppError('invalid_input', 'Mỗi năm chỉ có một mục tiêu. Hãy bỏ năm trùng.', 'targets');
  }
}

/** The indicator's own columns as stored: its texts in NFC. */
export const indicatorColumns = (input: IndicatorInput) => ({
  name: input.name.normalize('NFC'),
  numerator_label: input.numeratorLabel.normalize('NFC'),
  denominator_label: input.denominatorLabel.normalize('NFC'),
  unit: input.unit,
});

/** Writes an indicator's yearly targets, in the caller's transaction. */
export async function insertTargets(
  trx: Kysely<Database>,
  indicatorId: string,
  targets: IndicatorInput['targets'],
) {
  if (targets.length === 0) return;
  await trx
    .insertInto('indicator_targets')
    .values(targets.map((t) => ({ indicator_id: indicatorId, ...t })))
    .execute();
}
