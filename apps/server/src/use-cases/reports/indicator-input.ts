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
