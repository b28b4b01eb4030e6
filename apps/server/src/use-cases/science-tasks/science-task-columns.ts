import type { scienceTaskInput } from '@lantoa/api-contract/science-tasks';
import { foldVietnamese } from '@lantoa/domain';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';

/** A task as a form or an Excel row gives it (the contract's input, its defaults applied). */
export type ScienceTaskFields = z.output<typeof scienceTaskInput>;

/** The folded text the registry's search box looks in: code, title, host, lead scientist. */
const scienceTaskSearchText = (t: ScienceTaskFields) =>
  foldVietnamese([t.code, t.title, t.hostOrganisation, t.leadScientist].join(' '));

/**
 * A task's columns as a form or an Excel row gives them, written alike when it is created, corrected
 * or imported again. Publication is never among them: it is its own step (publish, unpublish), and
 * a task made secret is withdrawn by the caller.
 */
export const scienceTaskColumns = (t: ScienceTaskFields) => ({
  code: t.code,
  title: t.title,
  level: t.level,
  host_organisation: t.hostOrganisation,
  lead_scientist: t.leadScientist,
  budget_vnd: t.budgetVnd,
  starts_on: t.startsOn,
  ends_on: t.endsOn,
  status: t.status,
  results: t.results,
  summary: t.summary,
  is_secret: t.isSecret,
  search_text: scienceTaskSearchText(t),
});

/** The end before the start is a typing slip the database would refuse without saying which field. */
export function checkScienceTaskDates(t: { startsOn: string | null; endsOn: string | null }) {
  if (t.startsOn && t.endsOn && t.endsOn < t.startsOn) {
    throw new AppError(
      'invalid_input',
      'Ngày kết thúc trước ngày bắt đầu. Hãy kiểm tra lại thời gian thực hiện.',
      'endsOn',
    );
  }
}

/** The refusal of a code the body's registry already has: one task per code. */
export const duplicateCode = () =>
  new AppError(
    'conflict',
    'Danh mục của đơn vị đã có nhiệm vụ mang mã này. Hãy tìm nhiệm vụ đó để sửa, hoặc dùng mã khác.',
    'code',
  );
