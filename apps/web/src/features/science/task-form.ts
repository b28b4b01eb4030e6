// What the task form sends and shows, without a browser: the budget typed in millions of đồng (the
// unit of the department's lists and of the Excel template) and stored in đồng, texts trimmed, days
// as 'YYYY-MM-DD'. Unit-tested in apps/web/test/science-task-form.test.ts.
import type { ScienceTaskLevel, ScienceTaskStatus } from '@lantoa/domain/constants';
import type { ScienceTask, ScienceTaskInput } from './api.ts';

const MILLION = 1_000_000;

/** The form's fields, the days as 'YYYY-MM-DD' (the page turns them into the date picker's values). */
export interface TaskFormValues {
  code: string;
  title: string;
  level: ScienceTaskLevel;
  hostOrganisation?: string;
  leadScientist?: string;
  /** Millions of đồng; empty: not known. */
  budgetMillions?: number | null;
  startsOn?: string | null;
  endsOn?: string | null;
  status: ScienceTaskStatus;
  results?: string;
  summary?: string;
  isSecret?: boolean;
}

/** Millions of đồng as whole đồng (a typed 1250,5 is 1.250.500.000 đồng). */
export const vndOfMillions = (millions: number | null | undefined): number | null =>
  millions === null || millions === undefined || Number.isNaN(millions)
    ? null
    : Math.round(millions * MILLION);

/** What the form sends. */
export function taskInputOf(values: TaskFormValues): ScienceTaskInput {
  return {
    code: values.code.trim(),
    title: values.title.trim(),
    level: values.level,
    hostOrganisation: values.hostOrganisation?.trim() ?? '',
    leadScientist: values.leadScientist?.trim() ?? '',
    budgetVnd: vndOfMillions(values.budgetMillions),
    startsOn: values.startsOn ?? null,
    endsOn: values.endsOn ?? null,
    status: values.status,
    results: values.results?.trim() ?? '',
    summary: values.summary?.trim() ?? '',
    isSecret: values.isSecret ?? false,
  };
}

/** A saved task as the form shows it. */
export function taskValuesOf(task: ScienceTask): TaskFormValues {
  return {
    code: task.code,
    title: task.title,
    level: task.level,
    hostOrganisation: task.hostOrganisation,
    leadScientist: task.leadScientist,
    budgetMillions: task.budgetVnd === null ? null : task.budgetVnd / MILLION,
    startsOn: task.startsOn,
    endsOn: task.endsOn,
    status: task.status,
    results: task.results,
    summary: task.summary,
    isSecret: task.isSecret,
  };
}

/** Saving this would take the task off the public pages: it is public and is being marked secret. */
export const withdrawsOnSave = (task: ScienceTask | null, isSecret: boolean | undefined) =>
  Boolean(task?.publishedAt && !task.isSecret && isSecret);
