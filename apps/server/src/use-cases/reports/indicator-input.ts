import type { Database } from '@lantoa/db';
import type { BodyKind, IndicatorMeasure } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';

/**
 * An indicator as a coordinator defines it: a ratio (numerator and denominator labels, shown as a
 * percentage) or a count (one label, its unit the counted noun), and a target per year.
 */
export interface IndicatorInput {
  name: string;
  numeratorLabel: string;
  /** '' for a count. */
  denominatorLabel: string;
  unit: string;
  measure: IndicatorMeasure;
  /** The kinds of body that report it; empty: every body the plan assigns work to. */
  reportedBy: BodyKind[];
  targets: { year: number; comparator: '=' | '>=' | '<='; value: number }[];
}

/** What a definition needs to make sense, said before anything is written: one target per year… */
export function assertIndicatorInput(input: IndicatorInput) {
  if (new Set(input.targets.map((t) => t.year)).size !== input.targets.length) {
    throw new AppError('invalid_input', 'Mỗi năm chỉ có một mục tiêu. Hãy bỏ năm trùng.', 'targets');
  }
  // … a ratio with the total it divides by, a count with what it counts.
  if (input.measure === 'ratio' && !input.denominatorLabel.trim()) {
    throw new AppError(
      'invalid_input',
      'Chỉ tiêu tỷ lệ cần mẫu số. Hãy nhập mẫu số, hoặc chọn loại "Số lượng".',
      'denominatorLabel',
    );
  }
  if (input.measure === 'count' && ['', '%'].includes(input.unit.trim())) {
    throw new AppError(
      'invalid_input',
      'Chỉ tiêu số lượng cần đơn vị tính là thứ được đếm (ví dụ: dự án, lượt người). Hãy nhập đơn vị tính.',
      'unit',
    );
  }
}

/** The indicator's own columns as stored: its texts in NFC; a count keeps no denominator label. */
export const indicatorColumns = (input: IndicatorInput) => ({
  name: input.name.normalize('NFC'),
  numerator_label: input.numeratorLabel.normalize('NFC'),
  denominator_label: input.measure === 'count' ? '' : input.denominatorLabel.normalize('NFC'),
  unit: input.unit,
  measure: input.measure,
  // One entry per kind, in a stable order: the audit shows a change, not a reshuffle.
  reported_by: [...new Set(input.reportedBy)].sort(),
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
