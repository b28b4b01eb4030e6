import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** A task of the S&T registry with the body that keeps it. */
export const scienceTaskQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('science_tasks as task')
    .innerJoin('bodies as body', 'body.id', 'task.body_id')
    .selectAll('task')
    .select(['body.name as body_name', 'body.kind as body_kind', 'body.path as body_path']);

export type ScienceTaskRow = Awaited<
  ReturnType<ReturnType<typeof scienceTaskQuery>['executeTakeFirstOrThrow']>
>;

/** The files attached to tasks, oldest first (the order they were attached in). */
export const scienceTaskFiles = (db: Kysely<Database>, taskIds: readonly string[]) =>
  taskIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('science_task_files as attached')
        .innerJoin('files as file', 'file.id', 'attached.file_id')
        .select([
          'attached.science_task_id',
          'file.id',
          'file.name',
          'file.media_type',
          'file.size',
          'attached.created_at',
        ])
        .where('attached.science_task_id', 'in', taskIds)
        .orderBy('attached.created_at')
        .orderBy('file.id')
        .execute();

export type ScienceTaskFileRow = Awaited<ReturnType<typeof scienceTaskFiles>>[number];

/** bigint reaches us as a number or a string depending on the driver; the budget fits a double exactly. */
export const budgetOf = (value: string | number | null): number | null =>
  value === null ? null : Number(value);

/** The contract's `scienceTaskSummary` (packages/api-contract/src/science-tasks.ts). */
export const scienceTaskSummaryView = (row: ScienceTaskRow) => ({
  id: row.id,
  body: { id: row.body_id, name: row.body_name, kind: row.body_kind },
  code: row.code,
  title: row.title,
  level: row.level,
  hostOrganisation: row.host_organisation,
  leadScientist: row.lead_scientist,
  budgetVnd: budgetOf(row.budget_vnd),
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  status: row.status,
  isSecret: row.is_secret,
  publishedAt: row.published_at?.toISOString() ?? null,
  version: row.version,
});

/**
 * What the audit keeps of a task: its fields, and whether and since when it is public and secret.
 * The disclosed indicator of a closed period reads `publishedAt`, `isSecret` and `startsOn` back
 * from the first entry after the close (science-disclosed.ts), so every entry of a task carries them.
 */
export const scienceTaskAudit = (
  row: ScienceTaskRow | Omit<ScienceTaskRow, 'body_name' | 'body_kind' | 'body_path'>,
) => ({
  code: row.code,
  title: row.title,
  level: row.level,
  hostOrganisation: row.host_organisation,
  leadScientist: row.lead_scientist,
  budgetVnd: budgetOf(row.budget_vnd),
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  status: row.status,
  results: row.results,
  summary: row.summary,
  isSecret: row.is_secret,
  publishedAt: row.published_at?.toISOString() ?? null,
});
