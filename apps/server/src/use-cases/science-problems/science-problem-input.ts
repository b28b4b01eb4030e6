import { foldVietnamese } from '@lantoa/domain';

/** A problem as the form gives it. */
export interface ScienceProblemFields {
  title: string;
  holder: string;
  needs: string;
  expected?: string | undefined;
  deadline: string;
}

/** The stored columns of a problem's text, its folded search text with them. */
export const scienceProblemColumns = (input: ScienceProblemFields) => ({
  title: input.title,
  holder: input.holder,
  needs: input.needs,
  expected: input.expected ?? '',
  deadline: input.deadline,
  search_text: foldVietnamese([input.title, input.holder, input.needs].join(' ')),
});

/** What the audit keeps of a problem's text (the search text is derived). */
export const auditedProblem = (row: {
  title: string;
  holder: string;
  needs: string;
  expected: string;
  deadline: string;
}) => ({
  title: row.title,
  holder: row.holder,
  needs: row.needs,
  expected: row.expected,
  deadline: row.deadline,
});
