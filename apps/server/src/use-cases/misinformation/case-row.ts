import type { Database } from '@lantoa/db';
import { linkHost, misinformationAge } from '@lantoa/domain';
import type { Kysely } from 'kysely';

// The joined row of a report of false information and its summary in the API (a presenter kept
// beside its readers, as press-release-row.ts does).

/** A case with the names and paths of its site, handler and reporting body, and the reporter's name. */
export const caseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('misinformation_reports as report')
    .innerJoin('bodies as site', 'site.id', 'report.site_body_id')
    .leftJoin('bodies as handler', 'handler.id', 'report.handler_body_id')
    .leftJoin('bodies as reporter', 'reporter.id', 'report.reporter_body_id')
    .leftJoin('users as reporter_user', 'reporter_user.id', 'report.reported_by')
    .leftJoin('users as triager', 'triager.id', 'report.triaged_by')
    .selectAll('report')
    .select([
      'site.name as site_name',
      'site.path as site_path',
      'handler.name as handler_name',
      'handler.path as handler_path',
      'reporter.name as reporter_name',
      'reporter.path as reporter_path',
      'reporter_user.full_name as reported_by_name',
      'triager.full_name as triaged_by_name',
    ]);

export type CaseRow = Awaited<ReturnType<ReturnType<typeof caseQuery>['executeTakeFirstOrThrow']>>;

/** Reads a case without any scope check: callers must authorise with its paths (case-access.ts). */
export const unsafeFindCase = (db: Kysely<Database>, id: string) =>
  caseQuery(db).where('report.id', '=', id).executeTakeFirst();

const EXCERPT = 160;
/** The start of a text, cut between characters (never inside a surrogate pair). */
const excerpt = (text: string) => {
  const chars = Array.from(text);
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT - 1).join('')}…` : text;
};

/** The contract's `misinformationSummary`. */
export const presentCaseSummary = (row: CaseRow, now: Date) => ({
  id: row.id,
  code: row.code,
  site: { id: row.site_body_id, name: row.site_name },
  handler:
    row.handler_body_id && row.handler_name ? { id: row.handler_body_id, name: row.handler_name } : null,
  reporter:
    row.reporter_body_id && row.reporter_name ? { id: row.reporter_body_id, name: row.reporter_name } : null,
  seenWhere: row.seen_where,
  linkHost: linkHost(row.link),
  hasScreenshot: row.screenshot_file_id !== null,
  excerpt: excerpt(row.description),
  status: row.status,
  verdict: row.verdict,
  age: misinformationAge(row.created_at, now),
  createdAt: row.created_at.toISOString(),
});
